package io.tcckafka.sandbox;

import static io.tcckafka.sandbox.HostileRecord.deadLettered;
import static io.tcckafka.sandbox.HostileRecord.processed;
import static io.tcckafka.sandbox.HostileRecord.rejected;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.tcckafka.events.Reason;
import io.tcckafka.events.Topics;

/** The table of hostile records, topic by topic. Every key is unique, so each record can be found again. */
final class HostileRecords {

    static final String PAYER = "hostile-payer";
    static final String PAYEE = "hostile-payee";
    static final String KNOWN_TRANSFER = "hostile-unknown-fields";

    private static final String REQUESTS = Topics.TRANSFER_REQUESTS;
    private static final String REPLIES = Topics.bankReplies("bank-a");
    private static final String NOT_JSON = "is not a";
    private static final byte[] NOT_UTF8 = {'{', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', ':', '1', '}'};
    /** A value just under the broker's default record limit of 1 MiB. */
    private static final int NEAR_ONE_MEGABYTE = 1_000_000;

    private HostileRecords() {
    }

    static List<HostileRecord> all() {
        List<HostileRecord> all = new ArrayList<>(requests());
        all.addAll(replies());
        all.addAll(commands("bank-a", "a"));
        all.addAll(commands("bank-b", "b"));
        return all;
    }

    private static List<HostileRecord> requests() {
        String huge = "x".repeat(100_000);
        return List.of(
                deadLettered("request: bad JSON", REQUESTS, "req-bad-json", "{not json", NOT_JSON),
                deadLettered("request: truncated JSON", REQUESTS, "req-truncated",
                        request("req-truncated", "\"1.00\"").substring(0, 40), NOT_JSON),
                deadLettered("request: not UTF-8", REQUESTS, "req-not-utf8", NOT_UTF8, NOT_JSON),
                deadLettered("request: empty value", REQUESTS, "req-empty", "", "value is empty"),
                deadLettered("request: tombstone", REQUESTS, "req-tombstone", (String) null, "no value"),
                deadLettered("request: JSON array", REQUESTS, "req-array", "[]", NOT_JSON),
                deadLettered("request: transferId as number", REQUESTS, "42",
                        request("x", "\"1.00\"").replace("\"x\"", "42"), NOT_JSON),
                rejected("request: amount as object", "req-amount-object",
                        request("req-amount-object", "{\"value\":\"1.00\"}"), Reason.INVALID_REQUEST),
                rejected("request: amount as array", "req-amount-array",
                        request("req-amount-array", "[\"1.00\"]"), Reason.INVALID_REQUEST),
                rejected("request: amount as boolean", "req-amount-boolean",
                        request("req-amount-boolean", "true"), Reason.INVALID_REQUEST),
                rejected("request: amount as a JSON number, not a string", "req-amount-number",
                        request("req-amount-number", "1.00"), Reason.INVALID_REQUEST),
                rejected("request: amount not a number", "req-amount-abc",
                        request("req-amount-abc", "\"abc\""), Reason.INVALID_REQUEST),
                rejected("request: both forms", "req-both-forms", request("req-both-forms",
                        "\"1.00\",\"postings\":[" + posting("\"1.00\"") + "]"), Reason.INVALID_REQUEST),
                rejected("request: no posting", "req-no-posting",
                        "{\"transferId\":\"req-no-posting\",\"postings\":[]}", Reason.INVALID_REQUEST),
                rejected("request: 17 postings", "req-17-postings", "{\"transferId\":\"req-17-postings\",\"postings\":["
                        + String.join(",", Collections.nCopies(17, posting("\"1.00\""))) + "]}",
                        Reason.INVALID_REQUEST),
                rejected("request: a posting's amount not a number", "req-posting-abc",
                        "{\"transferId\":\"req-posting-abc\",\"postings\":[" + posting("\"abc\"") + "]}",
                        Reason.INVALID_REQUEST),
                rejected("request: postings as a string", "req-postings-string",
                        "{\"transferId\":\"req-postings-string\",\"postings\":\"all of them\"}",
                        Reason.INVALID_REQUEST),
                deadLettered("request: amount given twice", REQUESTS, "req-amount-twice",
                        request("req-amount-twice", "\"1.00\",\"amount\":\"900.00\""), NOT_JSON),
                deadLettered("request: transferId missing", REQUESTS, "req-no-id",
                        request("x", "\"1.00\"").replace("\"transferId\":\"x\",", ""), "transferId must be"),
                deadLettered("request: transferId of 100 KB", REQUESTS, huge, request(huge, "\"1.00\""),
                        "transferId must be"),
                deadLettered("request: key is not the transferId", REQUESTS, "req-other-key",
                        request("req-key-mismatch", "\"1.00\""), "key must be its transferId"),
                deadLettered("request: malformed, near 1 MB", REQUESTS, "req-big-malformed",
                        "{\"transferId\":\"req-big-malformed\",\"pad\":\"" + "x".repeat(NEAR_ONE_MEGABYTE), NOT_JSON),
                deadLettered("request: transferId near 1 MB", REQUESTS, "req-big-id",
                        request("y".repeat(NEAR_ONE_MEGABYTE), "\"1.00\""), "transferId must be"),
                rejected("request: negative amount", "req-negative", request("req-negative", "\"-1.00\""),
                        Reason.INVALID_REQUEST),
                rejected("request: zero amount", "req-zero", request("req-zero", "\"0.00\""), Reason.INVALID_REQUEST),
                rejected("request: three decimals", "req-decimals", request("req-decimals", "\"0.001\""),
                        Reason.INVALID_REQUEST),
                rejected("request: amount 1e400 as string", "req-1e400", request("req-1e400", "\"1e400\""),
                        Reason.INVALID_REQUEST),
                rejected("request: amount 1e400 as number", "req-1e400-number", request("req-1e400-number", "1e400"),
                        Reason.INVALID_REQUEST),
                rejected("request: amount 1e999999999", "req-1e999999999",
                        request("req-1e999999999", "\"1e999999999\""), Reason.INVALID_REQUEST),
                rejected("request: amount 10^25, beyond DECIMAL(19,2)", "req-10e25",
                        request("req-10e25", "\"10000000000000000000000000\""), Reason.INVALID_REQUEST),
                rejected("request: amount missing", "req-no-amount",
                        request("req-no-amount", "null"), Reason.INVALID_REQUEST),
                rejected("request: payer missing", "req-no-from",
                        "{\"transferId\":\"req-no-from\",\"to\":" + account("bank-b", PAYEE) + ",\"amount\":\"1\"}",
                        Reason.INVALID_REQUEST),
                rejected("request: payer is payee", "req-same-account",
                        "{\"transferId\":\"req-same-account\",\"from\":" + account("bank-a", PAYER) + ",\"to\":"
                                + account("bank-a", PAYER) + ",\"amount\":\"1\"}", Reason.INVALID_REQUEST),
                rejected("request: account of 100 KB", "req-huge-account",
                        request("req-huge-account", "\"1.00\"").replace(PAYEE, huge), Reason.INVALID_REQUEST),
                rejected("request: account near 1 MB", "req-big-account",
                        request("req-big-account", "\"1.00\"").replace(PAYEE, "z".repeat(NEAR_ONE_MEGABYTE)),
                        Reason.INVALID_REQUEST),
                rejected("request: account with a space", "req-space-account",
                        request("req-space-account", "\"1.00\"").replace(PAYEE, "a b"), Reason.INVALID_REQUEST),
                rejected("request: unknown bank", "req-unknown-bank",
                        request("req-unknown-bank", "\"1.00\"").replace("bank-b", "bank-z"), Reason.UNKNOWN_BANK),
                processed("request: unknown fields are ignored", REQUESTS, KNOWN_TRANSFER,
                        request(KNOWN_TRANSFER, "\"1.00\",\"priority\":\"high\",\"meta\":{\"a\":[1,2]}")));
    }

    private static List<HostileRecord> replies() {
        return List.of(
                deadLettered("reply: bad JSON", REPLIES, "rep-bad-json", "{not json", NOT_JSON),
                deadLettered("reply: truncated JSON", REPLIES, "rep-truncated", reply("rep-truncated")
                        .substring(0, 30), NOT_JSON),
                deadLettered("reply: not UTF-8", REPLIES, "rep-not-utf8", NOT_UTF8, NOT_JSON),
                deadLettered("reply: empty value", REPLIES, "rep-empty", "", "value is empty"),
                deadLettered("reply: tombstone", REPLIES, "rep-tombstone", (String) null, "no value"),
                deadLettered("reply: unknown outcome", REPLIES, "rep-maybe",
                        reply("rep-maybe").replace("SUCCEEDED", "MAYBE"), NOT_JSON),
                deadLettered("reply: phase by number", REPLIES, "rep-phase-number",
                        reply("rep-phase-number").replace("\"TRY\"", "0"), NOT_JSON),
                deadLettered("reply: transferId as number", REPLIES, "7", reply("x").replace("\"x\"", "7"),
                        NOT_JSON),
                deadLettered("reply: outcome missing", REPLIES, "rep-no-outcome",
                        reply("rep-no-outcome").replace("\"outcome\":\"SUCCEEDED\",", ""), "outcome are required"),
                deadLettered("reply: failed without reason", REPLIES, "rep-no-reason",
                        reply("rep-no-reason").replace("SUCCEEDED", "FAILED"), "gives a reason"),
                deadLettered("reply: to no transfer", REPLIES, "rep-ghost", reply("rep-ghost"), "no transfer"),
                deadLettered("reply: key is not the transferId", REPLIES, "rep-other-key", reply(KNOWN_TRANSFER),
                        "key must be its transferId"),
                deadLettered("reply: naming another bank than its topic's", REPLIES, KNOWN_TRANSFER,
                        reply(KNOWN_TRANSFER).replace("bank-a", "bank-z"), "but names bank bank-z"),
                deadLettered("reply: about another account than its branch's", REPLIES, KNOWN_TRANSFER,
                        reply(KNOWN_TRANSFER).replace(PAYER, PAYEE), "no DEBIT branch for bank-a/" + PAYEE),
                deadLettered("reply: about another amount than its transfer's", REPLIES, KNOWN_TRANSFER,
                        reply(KNOWN_TRANSFER).replace("\"1.00\"", "\"0.01\""), "the branch's amount is 1.00"),
                deadLettered("reply: account missing", REPLIES, "rep-no-account",
                        reply("rep-no-account").replace("\"account\":\"" + PAYER + "\",", ""), "account, amount"),
                deadLettered("reply: malformed, near 1 MB", REPLIES, "rep-big-malformed",
                        "{\"transferId\":\"" + "x".repeat(NEAR_ONE_MEGABYTE), NOT_JSON));
    }

    private static List<HostileRecord> commands(String bank, String prefix) {
        String topic = Topics.bankCommands(bank);
        String huge = "h".repeat(100_000);
        return List.of(
                deadLettered(bank + " command: bad JSON", topic, prefix + "-bad-json", "{not json", NOT_JSON),
                deadLettered(bank + " command: not UTF-8", topic, prefix + "-not-utf8", NOT_UTF8, NOT_JSON),
                deadLettered(bank + " command: empty value", topic, prefix + "-empty", "", "value is empty"),
                deadLettered(bank + " command: tombstone", topic, prefix + "-tombstone", (String) null, "no value"),
                deadLettered(bank + " command: unknown phase", topic, prefix + "-prepare",
                        command(bank, prefix + "-prepare", "\"1.00\"").replace("\"TRY\"", "\"PREPARE\""), NOT_JSON),
                deadLettered(bank + " command: phase by number", topic, prefix + "-phase-number",
                        command(bank, prefix + "-phase-number", "\"1.00\"").replace("\"TRY\"", "1"), NOT_JSON),
                deadLettered(bank + " command: amount as object", topic, prefix + "-amount-object",
                        command(bank, prefix + "-amount-object", "{}"), NOT_JSON),
                deadLettered(bank + " command: negative amount", topic, prefix + "-negative",
                        command(bank, prefix + "-negative", "\"-1.00\""), "amount must be a decimal string greater than 0"),
                deadLettered(bank + " command: zero amount", topic, prefix + "-zero",
                        command(bank, prefix + "-zero", "\"0\""), "amount must be a decimal string greater than 0"),
                deadLettered(bank + " command: three decimals", topic, prefix + "-decimals",
                        command(bank, prefix + "-decimals", "\"0.001\""), "amount must be a decimal string greater than 0"),
                deadLettered(bank + " command: amount 10^25", topic, prefix + "-10e25",
                        command(bank, prefix + "-10e25", "\"10000000000000000000000000\""), "amount must be a decimal string greater than 0"),
                deadLettered(bank + " command: amount 1e400, a JSON number", topic, prefix + "-1e400",
                        command(bank, prefix + "-1e400", "1e400"), NOT_JSON),
                deadLettered(bank + " command: for another bank", topic, prefix + "-other-bank",
                        command("bank-z", prefix + "-other-bank", "\"1.00\""), "addressed to bank bank-z"),
                deadLettered(bank + " command: key is not the account", topic, prefix + "-other-key",
                        command(bank, prefix + "-account", "\"1.00\""), "key must be its account"),
                deadLettered(bank + " command: account of 100 KB", topic, huge + prefix,
                        command(bank, huge + prefix, "\"1.00\""), "account must be"),
                deadLettered(bank + " command: transferId near 1 MB", topic, prefix + "-big",
                        command(bank, prefix + "-big", "\"1.00\"").replace("\"transferId\":\"t\"",
                                "\"transferId\":\"" + "t".repeat(NEAR_ONE_MEGABYTE) + "\""), "transferId must be"));
    }

    private static String request(String transferId, String amountJson) {
        return "{\"transferId\":\"" + transferId + "\",\"from\":" + account("bank-a", PAYER) + ",\"to\":"
                + account("bank-b", PAYEE) + ",\"amount\":" + amountJson + "}";
    }

    private static String posting(String amountJson) {
        return "{\"from\":" + account("bank-a", PAYER) + ",\"to\":" + account("bank-b", PAYEE) + ",\"amount\":"
                + amountJson + "}";
    }

    private static String account(String bank, String account) {
        return "{\"bank\":\"" + bank + "\",\"account\":\"" + account + "\"}";
    }

    private static String reply(String transferId) {
        return "{\"transferId\":\"" + transferId + "\",\"branch\":\"DEBIT\",\"phase\":\"TRY\",\"bank\":\"bank-a\","
                + "\"account\":\"" + PAYER + "\",\"amount\":\"1.00\",\"outcome\":\"SUCCEEDED\",\"reason\":null}";
    }

    private static String command(String bank, String account, String amountJson) {
        return "{\"transferId\":\"t\",\"branch\":\"DEBIT\",\"phase\":\"TRY\",\"bank\":\"" + bank + "\",\"account\":\""
                + account + "\",\"amount\":" + amountJson + "}";
    }
}
