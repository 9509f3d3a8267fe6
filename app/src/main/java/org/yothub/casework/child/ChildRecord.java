package org.yothub.casework.child;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** A child's whole record: details, people around them and every feature's section. */
@Serdeable
public record ChildRecord(ChildView child, List<ContactPersonView> people, Map<String, Object> sections) {
}
