package io.tcckafka.launcher.load;

/** Closed loop: {@code inFlight} requests outstanding at all times. Open loop: {@code rate} requests a second. */
public record LoadShape(boolean openLoop, int inFlight, double rate) {

    public static LoadShape closed(int inFlight) {
        return new LoadShape(false, inFlight, 0);
    }

    public static LoadShape open(double rate) {
        return new LoadShape(true, 0, rate);
    }

    @Override
    public String toString() {
        return openLoop ? "open loop at " + rate + "/s" : "closed loop, " + inFlight + " in flight";
    }
}
