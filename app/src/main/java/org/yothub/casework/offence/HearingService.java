package org.yothub.casework.offence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.yothub.casework.child.ChildService;
import org.yothub.platform.persistence.Versions;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** Court hearings of a child; a hearing about an offence must be about one of the child's offences. */
@Singleton
public class HearingService {
    private final HearingRepository hearings;
    private final OffenceRepository offences;
    private final ChildService children;

    HearingService(HearingRepository hearings, OffenceRepository offences, ChildService children) {
        this.hearings = hearings;
        this.offences = offences;
        this.children = children;
    }

    @TenantTransactional(readOnly = true)
    public List<HearingView> list(UUID childId) {
        children.facts(childId);
        return hearings.ofChild(childId).stream().map(HearingView::of).toList();
    }

    @TenantTransactional(readOnly = true)
    public HearingView find(UUID id) {
        return HearingView.of(require(id));
    }

    @TenantTransactional
    public HearingView create(UUID childId, HearingForm form) {
        children.facts(childId);
        Hearing h = new Hearing();
        h.setId(UUID.randomUUID());
        h.setChildId(childId);
        apply(h, form);
        return HearingView.of(hearings.save(h));
    }

    @TenantTransactional
    public HearingView update(UUID id, HearingForm form) {
        Hearing h = require(id);
        OffenceService.requireVersion(form.version());
        apply(h, form);
        h.setVersion(form.version());
        return HearingView.of(hearings.update(h));
    }

    /** Deletes the hearing; with {@code version}, only while it is still that version (else 409). */
    @TenantTransactional
    public void delete(UUID id, @Nullable Long version) {
        Hearing h = require(id);
        Versions.requireCurrent("The hearing", version, h.getVersion());
        hearings.delete(h);
    }

    private void apply(Hearing h, HearingForm f) {
        if (f.offenceId() != null) {
            Offence o = offences.findById(f.offenceId()).filter(x -> x.getChildId().equals(h.getChildId()))
                    .orElseThrow(() -> ProblemException.field("offence_id", "offence_of_child",
                            "The hearing must be about one of this child's offences"));
            OffenceService.reject("hearing_date", "not_before_offence", f.hearingDate().isBefore(o.getOffenceDate())
                    ? "The hearing date " + f.hearingDate() + " is before the offence date " + o.getOffenceDate() : null);
        }
        h.setOffenceId(f.offenceId());
        h.setHearingDate(f.hearingDate());
        h.setCourt(f.court().trim());
        h.setHearingType(f.hearingType());
        h.setResult(f.result());
        h.setNotes(f.notes() == null || f.notes().isBlank() ? null : f.notes().trim());
    }

    private Hearing require(UUID id) {
        return hearings.findById(id).orElseThrow(() -> new NotFoundException("Hearing"));
    }
}
