package id.kemas.core.sequencing;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What SCORM adds to an item (or the organization) outside {@code imsss:sequencing}: the ADL
 * content-packaging and navigation extensions.
 *
 * @param completionThreshold      {@code adlcp:completionThreshold} (item or organization)
 * @param timeLimitAction          {@code adlcp:timeLimitAction} (SCO items only)
 * @param dataFromLms              {@code adlcp:dataFromLMS}, the SCO's launch data (SCO items only)
 * @param sharedData               {@code adlcp:data/adlcp:map}: shared data stores (SCO or asset items)
 * @param hideLmsUi                {@code adlnav:presentation/navigationInterface/hideLMSUI}, in schema order
 * @param objectivesGlobalToSystem {@code adlseq:objectivesGlobalToSystem} (organization only): global
 *                                 objectives are shared with other courses of the learner
 * @param sharedDataGlobalToSystem {@code adlcp:sharedDataGlobalToSystem} (organization only)
 */
public record ItemSettings(CompletionThreshold completionThreshold, Optional<TimeLimitAction> timeLimitAction,
                           Optional<String> dataFromLms, List<SharedDataMap> sharedData, List<HideLmsUi> hideLmsUi,
                           boolean objectivesGlobalToSystem, boolean sharedDataGlobalToSystem) {

    public static final ItemSettings DEFAULT = new ItemSettings(CompletionThreshold.DEFAULT, Optional.empty(),
            Optional.empty(), List.of(), List.of(), true, true);

    public ItemSettings {
        sharedData = List.copyOf(sharedData);
        Set<HideLmsUi> set = hideLmsUi.isEmpty() ? EnumSet.noneOf(HideLmsUi.class) : EnumSet.copyOf(hideLmsUi);
        hideLmsUi = List.copyOf(set);
    }

    public ItemSettings withCompletionThreshold(CompletionThreshold v) {
        return new ItemSettings(v, timeLimitAction, dataFromLms, sharedData, hideLmsUi, objectivesGlobalToSystem,
                sharedDataGlobalToSystem);
    }

    public ItemSettings withTimeLimitAction(Optional<TimeLimitAction> v) {
        return new ItemSettings(completionThreshold, v, dataFromLms, sharedData, hideLmsUi, objectivesGlobalToSystem,
                sharedDataGlobalToSystem);
    }

    public ItemSettings withDataFromLms(Optional<String> v) {
        return new ItemSettings(completionThreshold, timeLimitAction, v, sharedData, hideLmsUi, objectivesGlobalToSystem,
                sharedDataGlobalToSystem);
    }

    public ItemSettings withSharedData(List<SharedDataMap> v) {
        return new ItemSettings(completionThreshold, timeLimitAction, dataFromLms, v, hideLmsUi, objectivesGlobalToSystem,
                sharedDataGlobalToSystem);
    }

    public ItemSettings withHideLmsUi(List<HideLmsUi> v) {
        return new ItemSettings(completionThreshold, timeLimitAction, dataFromLms, sharedData, v, objectivesGlobalToSystem,
                sharedDataGlobalToSystem);
    }

    public ItemSettings withObjectivesGlobalToSystem(boolean v) {
        return new ItemSettings(completionThreshold, timeLimitAction, dataFromLms, sharedData, hideLmsUi, v,
                sharedDataGlobalToSystem);
    }

    public ItemSettings withSharedDataGlobalToSystem(boolean v) {
        return new ItemSettings(completionThreshold, timeLimitAction, dataFromLms, sharedData, hideLmsUi,
                objectivesGlobalToSystem, v);
    }
}
