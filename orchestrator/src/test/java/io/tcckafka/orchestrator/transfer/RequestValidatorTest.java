package io.tcckafka.orchestrator.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tcckafka.events.AccountRef;
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
        assertThat(RequestValidator.rejection(request, BANKS)).isEqualTo(java.util.Optional.ofNullable(expected));
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
}
