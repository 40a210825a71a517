package io.tcckafka.sandbox;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a browser test only where {@link HeadlessChrome} finds chromium and chromedriver, and otherwise says why. */
final class RequiresChromium implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return HeadlessChrome.whyMissing().map(reason -> {
            String message = reason + "; the browser test is skipped";
            System.out.println(context.getDisplayName() + ": " + message);
            return ConditionEvaluationResult.disabled(message);
        }).orElseGet(() -> ConditionEvaluationResult.enabled("chromium and chromedriver are installed"));
    }
}
