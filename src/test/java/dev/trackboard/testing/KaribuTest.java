package dev.trackboard.testing;

import dev.trackboard.embedded.EmbeddedAppTest;

/** Browserless UI tests against the whole application in embedded mode (the emulator is in it). */
@EmbeddedAppTest
public abstract class KaribuTest extends KaribuSupport {

    @Override
    protected int emulatorPort() {
        return port();
    }
}
