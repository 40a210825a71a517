package io.tcckafka.provisioning.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A private CA and a broker certificate it signs, made with the JDK's {@code keytool} (every JDK and JRE has it),
 * exactly as docs/security.md shows by hand:
 * <ul>
 * <li>{@code ca.p12}: the CA's key and certificate (keep it safe: whoever has it can make certificates clients
 * trust);</li>
 * <li>{@code ca.pem}: the CA's certificate, what every client trusts ({@code ssl.truststore.type=PEM});</li>
 * <li>{@code broker.p12}: the broker's key and its certificate, with the host names clients use as subject
 * alternative names (clients check them).</li>
 * </ul>
 */
public final class Certificates {

    public static final String CA_KEYSTORE = "ca.p12";
    public static final String CA_CERTIFICATE = "ca.pem";
    public static final String BROKER_KEYSTORE = "broker.p12";

    private static final Pattern IP = Pattern.compile("[0-9.]+|[0-9a-fA-F:]+:[0-9a-fA-F:]*");

    private Certificates() {
    }

    /** The certificates in {@code dir}, made first if they are not there yet. */
    public static BrokerCertificates inFolder(Path dir, String password, List<String> hostnames) {
        Path keystore = dir.resolve(BROKER_KEYSTORE);
        Path ca = dir.resolve(CA_CERTIFICATE);
        if (!Files.exists(keystore) || !Files.exists(ca)) {
            make(dir, password, hostnames);
        }
        return new BrokerCertificates(keystore, password, ca);
    }

    private static void make(Path dir, String password, List<String> hostnames) {
        try {
            Files.createDirectories(dir);
            for (String file : List.of(CA_KEYSTORE, CA_CERTIFICATE, BROKER_KEYSTORE, "broker.csr", "broker.pem")) {
                Files.deleteIfExists(dir.resolve(file));
            }
            keytool(dir, "-genkeypair", "-alias", "ca", "-dname", "CN=tcc-kafka CA", "-keyalg", "RSA", "-keysize",
                    "2048", "-validity", "3650", "-ext", "bc:c", "-storetype", "PKCS12", "-keystore", CA_KEYSTORE,
                    "-storepass", password);
            keytool(dir, "-exportcert", "-alias", "ca", "-rfc", "-keystore", CA_KEYSTORE, "-storepass", password,
                    "-file", CA_CERTIFICATE);
            keytool(dir, "-genkeypair", "-alias", "broker", "-dname", "CN=" + hostnames.get(0), "-keyalg", "RSA",
                    "-keysize", "2048", "-validity", "825", "-storetype", "PKCS12", "-keystore", BROKER_KEYSTORE,
                    "-storepass", password);
            keytool(dir, "-certreq", "-alias", "broker", "-keystore", BROKER_KEYSTORE, "-storepass", password,
                    "-file", "broker.csr");
            keytool(dir, "-gencert", "-alias", "ca", "-keystore", CA_KEYSTORE, "-storepass", password, "-infile",
                    "broker.csr", "-outfile", "broker.pem", "-rfc", "-validity", "825", "-ext",
                    "SAN=" + subjectAlternativeNames(hostnames), "-ext", "KU=digitalSignature,keyEncipherment",
                    "-ext", "EKU=serverAuth");
            keytool(dir, "-importcert", "-alias", "ca", "-file", CA_CERTIFICATE, "-keystore", BROKER_KEYSTORE,
                    "-storepass", password, "-noprompt");
            keytool(dir, "-importcert", "-alias", "broker", "-file", "broker.pem", "-keystore", BROKER_KEYSTORE,
                    "-storepass", password);
            Files.delete(dir.resolve("broker.csr"));
            Files.delete(dir.resolve("broker.pem"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not make certificates in " + dir, e);
        }
    }

    static String subjectAlternativeNames(List<String> hostnames) {
        return hostnames.stream().map(host -> (IP.matcher(host).matches() ? "IP:" : "DNS:") + host)
                .collect(Collectors.joining(","));
    }

    private static void keytool(Path dir, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException("keytool " + arguments[0] + " failed: " + output.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
