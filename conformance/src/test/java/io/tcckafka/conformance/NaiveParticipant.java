package io.tcckafka.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.NewAccount;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.events.Topics;

/**
 * A deliberately broken participant, for showing that the kit catches what it claims: it applies every command it
 * reads, as it comes, with no barrier. A duplicate is applied twice, a Cancel before its Try "releases" money never
 * frozen, a Confirm without a Try takes money, and what it cannot read it drops, dead-lettering nothing.
 */
final class NaiveParticipant implements AutoCloseable {

    private record Money(BigDecimal balance, BigDecimal frozen, BigDecimal incoming) {
    }

    private final String bank;
    private final Map<String, Money> accounts = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> producer;
    private final HttpServer http;
    private final Thread worker;
    private volatile boolean running = true;

    NaiveParticipant(String bank, Properties kafka) {
        this.bank = bank;
        Properties consumerConfig = new Properties();
        consumerConfig.putAll(kafka);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, bank);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(consumerConfig);
        Properties producerConfig = new Properties();
        producerConfig.putAll(kafka);
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(producerConfig);
        try {
            http = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.createContext("/api/accounts", this::accountApi);
        http.start();
        consumer.subscribe(List.of(Topics.bankCommands(bank)));
        worker = new Thread(this::work, "naive-" + bank);
        worker.start();
    }

    int port() {
        return http.getAddress().getPort();
    }

    private void work() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    try {
                        BranchCommand command = EventJson.read(record.value(), BranchCommand.class);
                        producer.send(new ProducerRecord<>(Topics.bankReplies(bank), command.transferId(),
                                EventJson.write(apply(command))));
                    } catch (RuntimeException unreadable) {
                        // dropped: nothing dead-lettered
                    }
                }
            }
        } catch (WakeupException closing) {
            // close() woke the poll
        }
    }

    private BranchReply apply(BranchCommand c) {
        BigDecimal amount = c.amount();
        Money m = accounts.get(c.account());
        Reason refusal = null;
        if (m == null) {
            refusal = Reason.ACCOUNT_NOT_FOUND;
        } else if (c.branch() == Branch.DEBIT) {
            if (c.phase() == Phase.TRY && m.balance().subtract(m.frozen()).compareTo(amount) < 0) {
                refusal = Reason.INSUFFICIENT_FUNDS;
            } else {
                accounts.put(c.account(), switch (c.phase()) {
                    case TRY -> new Money(m.balance(), m.frozen().add(amount), m.incoming());
                    case CONFIRM -> new Money(m.balance().subtract(amount), m.frozen().subtract(amount), m.incoming());
                    case CANCEL -> new Money(m.balance(), m.frozen().subtract(amount), m.incoming());
                });
            }
        } else {
            accounts.put(c.account(), switch (c.phase()) {
                case TRY -> new Money(m.balance(), m.frozen(), m.incoming().add(amount));
                case CONFIRM -> new Money(m.balance().add(amount), m.frozen(), m.incoming().subtract(amount));
                case CANCEL -> new Money(m.balance(), m.frozen(), m.incoming().subtract(amount));
            });
        }
        return new BranchReply(c.transferId(), c.branch(), c.phase(), bank, c.account(), amount,
                refusal == null ? Outcome.SUCCEEDED : Outcome.FAILED, refusal);
    }

    private void accountApi(HttpExchange exchange) throws IOException {
        String id;
        if (exchange.getRequestMethod().equals("POST")) {
            NewAccount request = EventJson.read(exchange.getRequestBody().readAllBytes(), NewAccount.class);
            accounts.put(request.account(), new Money(request.balance(), BigDecimal.ZERO, BigDecimal.ZERO));
            id = request.account();
        } else {
            String path = exchange.getRequestURI().getPath();
            id = path.substring(path.lastIndexOf('/') + 1);
        }
        Money m = accounts.get(id);
        int status = m == null ? 404 : exchange.getRequestMethod().equals("POST") ? 201 : 200;
        byte[] body = m == null ? new byte[0]
                : EventJson.write(AccountView.of(id, m.balance(), m.frozen(), m.incoming()))
                        .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        worker.join();
        consumer.close();
        producer.close();
        http.stop(0);
    }
}
