package org.dualimpact.batch.schedule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Submits jobs the way a batch operator does: {@code POST /ibm/api/batch/jobinstances} over HTTPS with
 * the operator account (server variables {@code batch.operator.user} / {@code batch.operator.password}).
 *
 * <p>Why not {@code JobOperator.start}: a scheduled task has no authenticated caller, and Liberty
 * refuses a job start without a batch role (CWWKY0304W). Going through the batch REST API makes
 * Liberty authenticate the operator, check its {@code batchSubmitter}/{@code batchAdmin} role, and
 * record the operator as the job's submitter — the same path, rights and audit trail as a person at
 * the console. The HTTPS connection trusts exactly the server's own certificates (its keystore,
 * {@code dualimpact.schedule.truststore}, default {@code ${server.output.dir}/resources/security/key.p12}).
 */
@ApplicationScoped
public class BatchRestClient {

    /** The batch API answered, but not 201 Created: {@code status} says why. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        public final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** The instance id of the submitted job. */
    public long submit(String jobXmlName, String leaseToken) throws IOException {
        Config config = ConfigProvider.getConfig();
        String url = config.getOptionalValue("dualimpact.schedule.batch-api-url", String.class)
                .orElseGet(() -> "https://localhost:" + config.getOptionalValue("https.port", String.class).orElse("9443")
                        + "/ibm/api/batch");
        String user = config.getOptionalValue("batch.operator.user", String.class).orElse("operator");
        String password = config.getOptionalValue("batch.operator.password", String.class)
                .orElseThrow(() -> new IllegalStateException("batch.operator.password is not configured"));
        String body = Json.createObjectBuilder().add("applicationName", lookup("java:app/AppName"))
                .add("moduleName", lookup("java:module/ModuleName") + ".war").add("jobXMLName", jobXmlName)
                .add("jobParameters", Json.createObjectBuilder().add("leaseToken", leaseToken)).build().toString();
        HttpURLConnection connection = (HttpURLConnection) new URL(url + "/jobinstances").openConnection();
        if (connection instanceof HttpsURLConnection https) {
            https.setSSLSocketFactory(sslContext(config).getSocketFactory());
            https.setHostnameVerifier((host, session) -> true); // the certificate itself is pinned by the trust store
        }
        connection.setRequestMethod("POST");
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(60_000);
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty("Accept", "application/json");
        connection.setRequestProperty("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        int status = connection.getResponseCode();
        String answer = read(status < 400 ? connection.getInputStream() : connection.getErrorStream());
        if (status != 201) {
            throw new Refused(status, "the batch API answered " + status + ": "
                    + (answer.length() > 300 ? answer.substring(0, 300) : answer));
        }
        try (JsonReader reader = Json.createReader(new StringReader(answer))) {
            JsonObject job = reader.readObject();
            return job.getJsonNumber("instanceId").longValue();
        }
    }

    private static SSLContext sslContext(Config config) throws IOException {
        String path = config.getOptionalValue("dualimpact.schedule.truststore", String.class)
                .orElseGet(() -> config.getOptionalValue("server.output.dir", String.class)
                        .orElse(System.getProperty("server.output.dir", ".")) + "/resources/security/key.p12");
        char[] password = config.getOptionalValue("dualimpact.schedule.truststore-password", String.class)
                .or(() -> config.getOptionalValue("keystore.password", String.class)).orElse("").toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot trust the server's keystore " + path + ": " + e.getMessage(), e);
        }
    }

    private static String lookup(String name) {
        try {
            return (String) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("cannot look up " + name, e);
        }
    }

    private static String read(InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
