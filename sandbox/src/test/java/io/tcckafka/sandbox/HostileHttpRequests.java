package io.tcckafka.sandbox;

import static io.tcckafka.sandbox.HostileHttpRequest.get;
import static io.tcckafka.sandbox.HostileHttpRequest.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The table of hostile HTTP requests to the orchestrator and to a bank. */
final class HostileHttpRequests {

    private static final String ORCHESTRATOR = Stack.ORCHESTRATOR;
    private static final String BANK = "bank-a";
    private static final String TRANSFERS = "/api/transfers";
    private static final String ACCOUNTS = "/api/accounts";
    private static final byte[] NOT_UTF8 = {'{', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', ':', '1', '}'};
    /** Over the 64 KB body limit, and under it. */
    private static final String HUGE = "x".repeat(100_000);
    private static final String LARGE = "x".repeat(60_000);

    private HostileHttpRequests() {
    }

    static List<HostileHttpRequest> all() {
        return List.of(
                post("POST transfer: bad JSON", ORCHESTRATOR, TRANSFERS, "{not json", 400),
                post("POST transfer: truncated JSON", ORCHESTRATOR, TRANSFERS, transfer("h-1", "\"1\"").substring(0, 30),
                        400),
                post("POST transfer: not UTF-8", ORCHESTRATOR, TRANSFERS, "application/json", NOT_UTF8, 400),
                post("POST transfer: empty body", ORCHESTRATOR, TRANSFERS, "", 400),
                post("POST transfer: null body", ORCHESTRATOR, TRANSFERS, "null", 400),
                post("POST transfer: plain text", ORCHESTRATOR, TRANSFERS, "text/plain",
                        transfer("h-text", "\"1\"").getBytes(StandardCharsets.UTF_8), 415),
                post("POST transfer: transferId as number", ORCHESTRATOR, TRANSFERS,
                        transfer("x", "\"1\"").replace("\"x\"", "42"), 400),
                post("POST transfer: amount as object", ORCHESTRATOR, TRANSFERS, transfer("h-obj", "{}"), 400),
                post("POST transfer: amount as array", ORCHESTRATOR, TRANSFERS, transfer("h-arr", "[1]"), 400),
                post("POST transfer: amount as boolean", ORCHESTRATOR, TRANSFERS, transfer("h-bool", "false"), 400),
                post("POST transfer: amount given twice", ORCHESTRATOR, TRANSFERS,
                        transfer("h-twice", "\"1\",\"amount\":\"2\""), 400),
                post("POST transfer: amount of 100 000 digits", ORCHESTRATOR, TRANSFERS,
                        transfer("h-digits", "\"1" + "0".repeat(100_000) + "\""), 413),
                post("POST transfer: amount of 60 000 digits", ORCHESTRATOR, TRANSFERS,
                        transfer("h-digits-60k", "\"1" + "0".repeat(60_000) + "\""), 400),
                post("POST transfer: transferId missing", ORCHESTRATOR, TRANSFERS,
                        transfer("x", "\"1\"").replace("\"transferId\":\"x\",", ""), 400),
                post("POST transfer: transferId of 100 KB", ORCHESTRATOR, TRANSFERS, transfer(HUGE, "\"1\""), 413),
                post("POST transfer: transferId of 60 KB", ORCHESTRATOR, TRANSFERS, transfer(LARGE, "\"1\""), 400),
                post("POST transfer: negative amount is REJECTED", ORCHESTRATOR, TRANSFERS,
                        transfer("h-negative", "\"-1\""), 202),
                post("POST transfer: amount 1e999999999 is REJECTED", ORCHESTRATOR, TRANSFERS,
                        transfer("h-1e999999999", "\"1e999999999\""), 202),
                post("POST transfer: amount 10^25 is REJECTED", ORCHESTRATOR, TRANSFERS,
                        transfer("h-10e25", "\"10000000000000000000000000\""), 202),
                post("POST transfer: account of 60 KB is REJECTED", ORCHESTRATOR, TRANSFERS,
                        transfer("h-large-account", "\"1\"").replace("payee", LARGE), 202),
                post("POST transfer: body over 64 KB", ORCHESTRATOR, TRANSFERS,
                        transfer("h-huge-account", "\"1\"").replace("payee", HUGE), 413),
                post("POST transfer: same id, other content", ORCHESTRATOR, TRANSFERS,
                        transfer("h-negative", "\"-2\""), 409),
                get("GET transfer: unknown", ORCHESTRATOR, TRANSFERS + "/nobody", 404, true),
                get("GET transfer: id of 1000 characters", ORCHESTRATOR, TRANSFERS + "/" + "x".repeat(1000), 404,
                        true),
                get("GET transfer: id not UTF-8", ORCHESTRATOR, TRANSFERS + "/%C3%28%FF", 400, false),
                get("GET transfer: id of 100 KB", ORCHESTRATOR, TRANSFERS + "/" + HUGE, 0, false),
                post("POST account: bad JSON", BANK, ACCOUNTS, "{not json", 400),
                post("POST account: not UTF-8", BANK, ACCOUNTS, "application/json", NOT_UTF8, 400),
                post("POST account: empty body", BANK, ACCOUNTS, "", 400),
                post("POST account: plain text", BANK, ACCOUNTS, "text/plain",
                        account("h-text", "\"1\"").getBytes(StandardCharsets.UTF_8), 415),
                post("POST account: account as number", BANK, ACCOUNTS, "{\"account\":7,\"balance\":\"1\"}", 400),
                post("POST account: balance as boolean", BANK, ACCOUNTS, account("h-bool", "true"), 400),
                post("POST account: balance as object", BANK, ACCOUNTS, account("h-obj", "{}"), 400),
                post("POST account: balance 1e400", BANK, ACCOUNTS, account("h-1e400", "\"1e400\""), 400),
                post("POST account: balance 10^25", BANK, ACCOUNTS,
                        account("h-10e25", "\"10000000000000000000000000\""), 400),
                post("POST account: negative balance", BANK, ACCOUNTS, account("h-negative", "\"-0.01\""), 400),
                post("POST account: three decimals", BANK, ACCOUNTS, account("h-decimals", "\"0.001\""), 400),
                post("POST account: account of 100 KB", BANK, ACCOUNTS, account(HUGE, "\"1\""), 413),
                post("POST account: account of 60 KB", BANK, ACCOUNTS, account(LARGE, "\"1\""), 400),
                post("POST account: account missing", BANK, ACCOUNTS, "{\"balance\":\"1\"}", 400),
                post("POST account: opened twice", BANK, ACCOUNTS, account(HostileRecords.PAYER, "\"1\""), 409),
                get("GET account: unknown", BANK, ACCOUNTS + "/nobody", 404, true),
                get("GET account: id of 1000 characters", BANK, ACCOUNTS + "/" + "x".repeat(1000), 404, true),
                get("GET account: id not UTF-8", BANK, ACCOUNTS + "/%C3%28%FF", 400, false),
                get("GET account: id of 100 KB", BANK, ACCOUNTS + "/" + HUGE, 0, false));
    }

    private static String transfer(String transferId, String amountJson) {
        return "{\"transferId\":\"" + transferId + "\",\"from\":{\"bank\":\"bank-a\",\"account\":\"payer\"},"
                + "\"to\":{\"bank\":\"bank-b\",\"account\":\"payee\"},\"amount\":" + amountJson + "}";
    }

    private static String account(String account, String balanceJson) {
        return "{\"account\":\"" + account + "\",\"balance\":" + balanceJson + "}";
    }
}
