package io.tcckafka.provisioning.broker;

import java.nio.file.Path;

/**
 * What a broker needs for TLS, as {@link Certificates} makes it.
 *
 * @param keystore      PKCS12: the broker's key and its certificate, signed by the CA
 * @param password      of the keystore and its key
 * @param caCertificate PEM: the CA's certificate, the one thing clients need to trust the broker
 */
public record BrokerCertificates(Path keystore, String password, Path caCertificate) {
}
