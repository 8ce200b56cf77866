package id.kemas.validator.cam;

import id.kemas.validator.ManifestCheck;

import java.util.List;

/** Stage 5: the content aggregation rules beyond the schemas, in the order they run. */
public final class ContentAggregationChecks {

    private static final List<ManifestCheck> ALL = List.of(
            new MetadataRules(), new StructureRules(), new ResourceRules(), new XmlBaseRules(),
            new ItemExtensionRules(), new PlacementRules(), new SequencingStructureRules(), new ObjectiveRules(),
            new SubManifestRules(), new LengthRules());

    private ContentAggregationChecks() {
    }

    public static List<ManifestCheck> all() {
        return ALL;
    }
}
