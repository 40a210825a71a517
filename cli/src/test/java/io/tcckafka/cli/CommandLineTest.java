package io.tcckafka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Command lines that are wrong end with exit 1 and say what is wrong, before anything is sent anywhere. */
class CommandLineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|say what to do: one of submit, show, watch, stuck, retry, account, statement, reconcile",
            "transfer|Unmatched argument at index 0: 'transfer'",
            "submit --from bank-a/2 --amount 1.00|--from, --to and --amount go together",
            "submit|nothing to transfer",
            "submit --from bank-a --to bank-b/1 --amount 1|Invalid value for option '--from': not an account",
            "submit --posting bank-a/2,bank-b/1|Invalid value for option '--posting' (FROM,TO,AMOUNT): not a posting",
            "submit --from bank-a/2 --to bank-b/1 --amount 1 --id has/slash|not a transfer id: 'has/slash'",
            "submit --from bank-a/2 --to bank-b/1 --amount 1 --wait soon|Invalid value for option '--wait'",
            "show|Missing required parameter: 'ID'",
            "show a b|Unmatched argument at index 2: 'b'",
            "account bank-a|not an account",
            "account bank-z/1|no URL for bank bank-z (known: bank-a, bank-b, bank-c); give --bank bank-z=http",
            "account bank-a/1 --bank bank-a=localhost|not a URL: 'localhost'",
            "statement bank-a/1 --from yesterday|not a time",
            "reconcile --to 2026-99-01|not a time",
            "watch --max many|Invalid value for option '--max'" })
    void wrongCommandLines(String commandLine, String message) {
        Tcc tcc = Tcc.run(commandLine.isEmpty() ? new String[0] : commandLine.split(" "));

        assertThat(tcc.exit()).as("%s", tcc).isEqualTo(ExitCodes.USAGE);
        assertThat(tcc.err()).contains(message);
        assertThat(tcc.out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "--help", "submit --help", "watch --help", "statement --help" })
    void helpExitsZero(String commandLine) {
        Tcc tcc = Tcc.run(commandLine.split(" "));

        assertThat(tcc.exit()).isZero();
        assertThat(tcc.out()).startsWith("Usage: tcc");
    }
}
