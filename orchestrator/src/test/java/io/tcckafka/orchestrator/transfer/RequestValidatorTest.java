package io.tcckafka.orchestrator.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferRequest;

class RequestValidatorTest {

    private static final Set<String> BANKS = Set.of("bank-a", "bank-b");

    @ParameterizedTest(name = "{0}/{1} -> {2}/{3} {4}: {5}")
    @CsvSource(nullValues = "null", value = {
            "bank-a, 2,    bank-b, 1,    30.00,                  null",
            "bank-a, 2,    bank-a, 3,    0.01,                   null",
            "bank-a, 2,    bank-b, 1,    30,                     null",
            "bank-a, 2,    bank-b, 1,    99999999999999999.99,   null",
            "bank-a, 2,    bank-b, 1,    999999999999999999.00,  INVALID_REQUEST",
            "bank-a, 2,    bank-b, 1,    30.001,                 INVALID_REQUEST",
            "bank-a, 2,    bank-b, 1,    0.00,                   INVALID_REQUEST",
            "bank-a, 2,    bank-b, 1,    -5.00,                  INVALID_REQUEST",
            "bank-a, 2,    bank-b, 1,    1E+400,                 INVALID_REQUEST",
            "bank-a, 2,    bank-b, 1,    1E+999999999,           INVALID_REQUEST",
            "bank-a, 2,    bank-b, 1,    1E-999999999,           INVALID_REQUEST",
            "bank-a, 2,    bank-b, 1,    10000000000000000000000000, INVALID_REQUEST",
            "bank-a, 2,    bank-b, 1,    null,                   INVALID_REQUEST",
            "bank-a, 2,    bank-a, 2,    1.00,                   INVALID_REQUEST",
            "bank-a, null, bank-b, 1,    1.00,                   INVALID_REQUEST",
            "bank-a, 'a b',bank-b, 1,    1.00,                   INVALID_REQUEST",
            "bank-a, 'ä',  bank-b, 1,    1.00,                   INVALID_REQUEST",
            "null,   2,    bank-b, 1,    1.00,                   INVALID_REQUEST",
            "bank-z, 2,    bank-b, 1,    1.00,                   UNKNOWN_BANK",
            "bank-a, 2,    bank-z, 1,    1.00,                   UNKNOWN_BANK",
    })
    void rejection(String fromBank, String fromAccount, String toBank, String toAccount, BigDecimal amount,
            Reason expected) {
        var request = new TransferRequest("t-1", new AccountRef(fromBank, fromAccount),
                new AccountRef(toBank, toAccount), amount);
        assertThat(RequestValidator.rejection(request, BANKS).map(Rejection::reason))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            bank-a/2>bank-b/1 29.50, bank-a/2>bank-c/fees 0.50        | -
            bank-a/1>bank-b/1 10.00, bank-b/1>bank-a/1 10.00          | -
            bank-a/1>bank-b/1 1.00, bank-a/1>bank-b/1 1.00            | -
            bank-a/2>bank-b/1 29.50, bank-a/2>bank-a/2 0.50           | INVALID_REQUEST postings[1]: from and to are the same account
            bank-a/2>bank-b/1 29.50, bank-a/2>bank-b/1 0.001          | INVALID_REQUEST postings[1]: amount must be
            bank-a/2>bank-b/1 29.50, bank-a/2>bank-z/1 1.00           | UNKNOWN_BANK postings[1]: bank bank-z is not one the orchestrator knows
            bank-a/2>bank-b/1 99999999999999999.99, bank-a/2>bank-c/1 0.01 | INVALID_REQUEST the postings move more than 99999999999999999.99 from bank-a/2
            bank-a/2>bank-b/1 99999999999999999.99, bank-a/3>bank-b/1 0.01 | INVALID_REQUEST the postings move more than 99999999999999999.99 to bank-b/1
            """)
    void postings(String postings, String expected) {
        var request = TransferRequest.of("t-1", Arrays.stream(postings.split(",")).map(String::trim)
                .map(p -> p.split("[> ]")).map(p -> Transfers.posting(p[0], p[1], p[2])).toList());
        Optional<String> rejection = RequestValidator.rejection(request, Set.of("bank-a", "bank-b", "bank-c"))
                .map(r -> r.reason() + " " + r.detail());
        if (expected == null) {
            assertThat(rejection).isEmpty();
        } else {
            assertThat(rejection).hasValueSatisfying(text -> assertThat(text).startsWith(expected));
        }
    }

    static Stream<Arguments> forms() {
        var from = new AccountRef("bank-a", "2");
        var to = new AccountRef("bank-b", "1");
        var one = new Posting(from, to, new BigDecimal("1.00"));
        return Stream.of(
                Arguments.of("both forms", new TransferRequest("t", from, to, BigDecimal.ONE, List.of(one)),
                        "give from, to and amount, or postings, not both"),
                Arguments.of("neither", new TransferRequest("t", null, null, null, null),
                        "give from, to and amount, or a list of postings"),
                Arguments.of("no posting", TransferRequest.of("t", List.of()), "postings must hold 1 to 16 postings, not 0"),
                Arguments.of("17 postings", TransferRequest.of("t", Collections.nCopies(17, one)),
                        "postings must hold 1 to 16 postings, not 17"),
                Arguments.of("16 postings", TransferRequest.of("t", Collections.nCopies(16, one)), null),
                Arguments.of("a null posting", TransferRequest.of("t", Arrays.asList(one, null)),
                        "postings[1]: a posting must be an object with from, to and amount"),
                Arguments.of("single form without its amount", new TransferRequest("t", from, to, null),
                        "amount must be"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void oneFormOrTheOther(String name, TransferRequest request, String detail) {
        Optional<Rejection> rejection = RequestValidator.rejection(request, BANKS);
        if (detail == null) {
            assertThat(rejection).isEmpty();
        } else {
            assertThat(rejection).hasValueSatisfying(r -> {
                assertThat(r.reason()).isEqualTo(Reason.INVALID_REQUEST);
                assertThat(r.detail()).startsWith(detail);
            });
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"t-42, true", "A_b.c:d-9, true", "'', false", "null, false",
            "'t 42', false", "t/42, false",
            "0123456789012345678901234567890123456789012345678901234567890123, true",
            "01234567890123456789012345678901234567890123456789012345678901234, false"})
    void transferId(String transferId, boolean valid) {
        assertThat(RequestValidator.isValidTransferId(transferId)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"30.00, 30, true", "30.00, 30.01, false", "1E+999999999, 1E+999999999, true",
            "1E+999999999, 1E+999999998, false", "1E-999999999, 1.0E-999999999, true"})
    void sameContentMeansEqualAccountsAndEqualAmounts(BigDecimal first, BigDecimal second, boolean same) {
        var from = new AccountRef("bank-a", "2");
        var to = new AccountRef("bank-b", "1");
        assertThat(RequestFingerprint.of(new TransferRequest("t", from, to, first)))
                .matches(f -> f.equals(RequestFingerprint.of(new TransferRequest("t", from, to, second))) == same);
    }

    @org.junit.jupiter.api.Test
    void theSingleFormIsTheSameRequestAsAListOfItsOnePostingAndOrderMatters() {
        var from = new AccountRef("bank-a", "2");
        var to = new AccountRef("bank-b", "1");
        var single = new TransferRequest("t", from, to, new BigDecimal("30.00"));
        var one = new Posting(from, to, new BigDecimal("30"));
        var fee = new Posting(from, new AccountRef("bank-c", "fees"), new BigDecimal("0.50"));
        assertThat(RequestFingerprint.of(single)).isEqualTo(RequestFingerprint.of(TransferRequest.of("t", List.of(one))))
                // as earlier versions stored it with their transfers: a request repeated after the upgrade is the same
                .isEqualTo("931568692ca418f8a311e266948b7c0d2a6eaf65410bda078ac4dd4c632074a7");
        assertThat(RequestFingerprint.of(TransferRequest.of("t", List.of(one, fee))))
                .isNotEqualTo(RequestFingerprint.of(TransferRequest.of("t", List.of(fee, one))))
                .isNotEqualTo(RequestFingerprint.of(new TransferRequest("t", from, to, new BigDecimal("30"),
                        List.of(fee))));
    }

    @org.junit.jupiter.api.Test
    void partsNeverRunIntoEachOther() {
        var a = new AccountRef("A", "a");
        var d = new AccountRef("D", "d");
        var two = TransferRequest.of("t", List.of(new Posting(a, new AccountRef("B", "b"), BigDecimal.ONE),
                new Posting(new AccountRef("C", "c"), d, new BigDecimal("2"))));
        var forged = new TransferRequest("t", new AccountRef("A", "a\u0000B\u0001b\u00001\u0000C\u0001c"), d,
                new BigDecimal("2"));
        assertThat(RequestFingerprint.of(forged)).isNotEqualTo(RequestFingerprint.of(two));
        var postingsOfNothing = new java.util.ArrayList<Posting>(java.util.Collections.nCopies(3, null));
        assertThat(RequestFingerprint.of(new TransferRequest("t", null, null, null, postingsOfNothing)))
                .isNotEqualTo(RequestFingerprint.of(TransferRequest.of("t", List.of(new Posting(null, null, null)))));
    }
}
