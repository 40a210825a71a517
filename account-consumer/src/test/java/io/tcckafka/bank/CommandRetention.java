package io.tcckafka.bank;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The command topics' retention.ms and segment.ms with which {@link BrokerAndDatabase} provisions its broker. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface CommandRetention {

    long retentionMs();

    long segmentMs();
}
