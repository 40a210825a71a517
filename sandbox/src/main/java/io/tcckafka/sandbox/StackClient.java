package io.tcckafka.sandbox;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.JournalEntry;
import io.tcckafka.events.JournalPage;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.provisioning.KafkaAccess;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.security.Roles;
import io.tcckafka.security.UsersFile;

/**
 * Talks to a running stack as its users do, with their credentials: banks over HTTP (the admin opens accounts, an
 * operator reads them), transfers over Kafka as the client principal.
 */
public final class StackClient implements AutoCloseable {

    private final StackAccess access;
    private final Function<String, String> baseUrls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> events;

    public StackClient(Stack stack) {
        this(stack.access(), stack::baseUrl);
    }

    /** @param baseUrls the {@code http://host:port} of each service, by its name ({@link Stack#ORCHESTRATOR}, a bank) */
    public StackClient(StackAccess access, Function<String, String> baseUrls) {
        this.access = access;
        this.baseUrls = baseUrls;
        KafkaAccess client = access.kafka().as(Principals.CLIENT);
        this.producer = new KafkaProducer<>(producerConfig(client));
        this.events = new KafkaConsumer<>(consumerConfig(client));
        this.events.subscribe(List.of(Topics.TRANSFER_EVENTS));
    }

    public void openAccount(String bank, String account, String balance) {
        String body = EventJson.write(Map.of("account", account, "balance", balance));
        HttpResponse<String> response = send(Roles.ADMIN, HttpRequest.newBuilder(
                URI.create(baseUrls.apply(bank) + "/api/accounts")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("opening " + bank + "/" + account + ": " + response.statusCode() + " "
                    + response.body());
        }
    }

    public AccountView account(String bank, String account) {
        HttpResponse<String> response = send(Roles.OPERATOR, HttpRequest.newBuilder(
                URI.create(baseUrls.apply(bank) + "/api/accounts/" + account)).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(bank + "/" + account + ": " + response.statusCode());
        }
        return EventJson.read(response.body(), AccountView.class);
    }

    /** Every entry of the account's journal, all pages of its statement. */
    public List<JournalEntry> statement(String bank, String account) {
        List<JournalEntry> entries = new java.util.ArrayList<>();
        Long after = 0L;
        while (after != null) {
            HttpResponse<String> response = get(bank, "/api/accounts/" + account + "/statement?limit=1000&after="
                    + after, Roles.OPERATOR);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("statement of " + bank + "/" + account + ": " + response.statusCode()
                        + " " + response.body());
            }
            JournalPage page = EventJson.read(response.body(), JournalPage.class);
            entries.addAll(page.entries());
            after = page.next();
        }
        return entries;
    }

    /** How the orchestrator says a transfer stands, or null if it does not know it. */
    public TransferOutcome outcome(String transferId) {
        HttpResponse<String> response = send(Roles.CLIENT, HttpRequest.newBuilder(
                URI.create(baseUrls.apply(Stack.ORCHESTRATOR) + "/api/transfers/" + transferId)).GET());
        return response.statusCode() == 200 ? EventJson.read(response.body(), TransferOutcome.class) : null;
    }

    /** A GET of any path of a service, as the role's user (operators read the actuator, for instance); null: as nobody. */
    public HttpResponse<String> get(String service, String path, String role) {
        return send(role, HttpRequest.newBuilder(URI.create(baseUrls.apply(service) + path)).GET());
    }

    /** Produces the request to transfer.requests, as a client service does. */
    public void request(TransferRequest request) {
        try {
            producer.send(new ProducerRecord<>(Topics.TRANSFER_REQUESTS, request.transferId(),
                    EventJson.write(request))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not produce the request", e);
        }
    }

    /** Transfer events that arrived since the last call, oldest first. */
    public List<TransferEvent> pollEvents(Duration wait) {
        List<TransferEvent> arrived = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> record : events.poll(wait)) {
            arrived.add(EventJson.read(record.value(), TransferEvent.class));
        }
        return arrived;
    }

    public static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Override
    public void close() {
        producer.close();
        events.close();
    }

    /** Sends as the role's HTTP user (as nobody on an insecure stack). */
    private HttpResponse<String> send(String role, HttpRequest.Builder builder) {
        UsersFile.User user = access.user(role);
        HttpRequest request = (user == null ? builder : builder.header("Authorization", user.basicAuthorization()))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a client service's producer needs: String keys and values, every replica's acknowledgement. */
    public static Properties producerConfig(KafkaAccess access) {
        Properties config = access.clientConfig();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }

    /** A client may use the consumer groups named after it ({@code client-…}). */
    private static Properties consumerConfig(KafkaAccess access) {
        Properties config = access.clientConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, Principals.groupPrefix(Principals.CLIENT) + "stack-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return config;
    }
}
