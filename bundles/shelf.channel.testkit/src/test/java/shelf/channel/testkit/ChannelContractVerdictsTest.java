package shelf.channel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import shelf.api.channel.ChannelAdapter;
import shelf.channel.testkit.MemoryShopAdapter.Flaw;

/**
 * The kit passes a correct adapter and fails each flawed one in the scenario that is about its flaw, and only
 * there. The contracts below are run by JUnit's engine test kit, not by Surefire (nested classes are not
 * picked up on their own; a -Dtest pattern that names them runs them, and the flawed ones fail, as they should).
 */
class ChannelContractVerdictsTest {

    @Test
    void aCorrectAdapterPassesEveryScenario() {
        assertEquals(List.of(), failures(Correct.class));
    }

    @Test
    void aLookupThatMatchesByTheBeginningFailsTheWholeMatchScenario() {
        assertEquals(List.of("anOuterIdIsMatchedWholeNotByItsBeginning()"), failures(LooseLookup.class));
    }

    @Test
    void aLookupThatTurnsFailureIntoAbsenceFailsTheThrottledLookupScenario() {
        assertEquals(List.of("aThrottledLookupIsRateLimitedNeverAbsent()"), failures(FailedLookupIsAbsent.class));
    }

    @Test
    void aLostAnswerReportedAsRefusalFailsTheLostAnswerScenario() {
        assertEquals(List.of("aCreateWhoseAnswerIsLostIsAnUnknownOutcomeAndTheRetryListsItOnce()"),
                failures(LostAnswerIsRefusal.class));
    }

    @Test
    void anAdapterThatRetriesALostCreateItselfListsTwiceAndFails() {
        assertEquals(List.of("aCreateWhoseAnswerIsLostIsAnUnknownOutcomeAndTheRetryListsItOnce()"),
                failures(RetriesLostCreate.class));
    }

    @Test
    void anAdapterThatDoesNotRenewItsTokenFailsTheTokenScenario() {
        assertEquals(List.of("anExpiredTokenIsRefreshedOnceAndTheCallCarriedOut()"), failures(NoTokenRefresh.class));
    }

    @Test
    void throttlingReportedAsBusyFailsBothThrottlingScenarios() {
        assertEquals(List.of("aThrottledCreateIsRateLimitedAndListsNothing()", "aThrottledLookupIsRateLimitedNeverAbsent()"),
                failures(ThrottleIsBusy.class));
    }

    /** The display names of the contract tests that failed, sorted. */
    private static List<String> failures(Class<?> contract) {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().testEvents();
        assertEquals(7, tests.started().count(), "scenarios run");
        return tests.failed().stream().map(event -> event.getTestDescriptor().getDisplayName()).sorted().toList();
    }

    abstract static class MemoryContract extends ChannelContract {
        private final MemoryShop shop = new MemoryShop();
        private final ChannelAdapter adapter;

        MemoryContract(Flaw... flaws) {
            adapter = new MemoryShopAdapter(shop, flaws);
        }

        @Override
        protected ChannelAdapter adapter() {
            return adapter;
        }

        @Override
        protected PlatformDouble platform() {
            return shop;
        }
    }

    static class Correct extends MemoryContract {
    }

    static class LooseLookup extends MemoryContract {
        LooseLookup() {
            super(Flaw.LOOSE_LOOKUP);
        }
    }

    static class FailedLookupIsAbsent extends MemoryContract {
        FailedLookupIsAbsent() {
            super(Flaw.FAILED_LOOKUP_IS_ABSENT);
        }
    }

    static class LostAnswerIsRefusal extends MemoryContract {
        LostAnswerIsRefusal() {
            super(Flaw.LOST_ANSWER_IS_REFUSAL);
        }
    }

    static class RetriesLostCreate extends MemoryContract {
        RetriesLostCreate() {
            super(Flaw.RETRIES_LOST_CREATE);
        }
    }

    static class NoTokenRefresh extends MemoryContract {
        NoTokenRefresh() {
            super(Flaw.NO_TOKEN_REFRESH);
        }
    }

    static class ThrottleIsBusy extends MemoryContract {
        ThrottleIsBusy() {
            super(Flaw.THROTTLE_IS_BUSY);
        }
    }
}
