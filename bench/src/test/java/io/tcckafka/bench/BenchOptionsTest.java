package io.tcckafka.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.tcckafka.launcher.load.LoadShape;
import io.tcckafka.provisioning.KafkaAccess.Protocol;

class BenchOptionsTest {

    @Test
    void defaultsToAClosedLoopOverTenThousandUniformAccounts() {
        BenchOptions options = BenchOptions.parse();

        assertThat(options.load()).isEqualTo(LoadShape.closed(400));
        assertThat(options.accounts()).isEqualTo(10_000);
        assertThat(options.skew()).isEqualTo("uniform");
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(180));
        assertThat(options.serviceArgs()).isEmpty();
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.localClients()).isEqualTo(10);
        assertThat(options.external()).isFalse();
        assertThat(options.security()).isEqualTo(Protocol.SASL_PLAINTEXT);
    }

    @Test
    void runsWithTlsOrWithoutSecurityWhenAsked() {
        assertThat(BenchOptions.parse("--tls").security()).isEqualTo(Protocol.SASL_SSL);
        assertThat(BenchOptions.parse("--insecure").security()).isEqualTo(Protocol.PLAINTEXT);
        assertThatThrownBy(() -> BenchOptions.parse("--tls", "--insecure")).hasMessageContaining("contradict");
    }

    @Test
    void passesServiceArgumentsOn() {
        BenchOptions options = BenchOptions.parse(
                "--service-args= --spring.kafka.listener.concurrency=2  --tcc.orchestrator.outbox-grace=9s ");

        assertThat(options.serviceArgs())
                .containsExactly("--spring.kafka.listener.concurrency=2", "--tcc.orchestrator.outbox-grace=9s");
    }

    @Test
    void readsAnOpenLoopAgainstAnExternalStack() {
        BenchOptions options = BenchOptions.parse("--load=open", "--rate=1000", "--duration=2m",
                "--client-config=client.properties", "--admin-config=admin.properties",
                "--users-file=http-users.properties", "--orchestrator=http://o:8080", "--bank-a=http://a:8081",
                "--bank-b=http://b:8082");

        assertThat(options.load()).isEqualTo(LoadShape.open(1000));
        assertThat(options.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.external()).isTrue();
        assertThat(options.externalUrls()).containsEntry("bank-b", "http://b:8082");
    }

    @Test
    void profilesTheStackItStartsWithAnEventAsyncProfilerKnows() {
        assertThat(BenchOptions.parse().profile()).isNull();
        assertThat(BenchOptions.parse("--profile=wall").profile()).isEqualTo("wall");
        assertThatThrownBy(() -> BenchOptions.parse("--profile=itimer")).hasMessageContaining("itimer");
        assertThatThrownBy(() -> BenchOptions.parse("--profile=cpu", "--client-config=client.properties",
                "--admin-config=admin.properties", "--users-file=http-users.properties", "--orchestrator=http://o:8080",
                "--bank-a=http://a:8081", "--bank-b=http://b:8082")).hasMessageContaining("starts");
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> BenchOptions.parse("--colour=red")).hasMessageContaining("colour");
        assertThatThrownBy(() -> BenchOptions.parse("--skew=zipf")).hasMessageContaining("zipf");
        assertThatThrownBy(() -> BenchOptions.parse("--client-config=c.properties")).hasMessageContaining("--orchestrator");
    }
}
