package org.yothub.casework.victim;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.yothub.casework.CaseRules;
import org.yothub.casework.offence.OffenceFacts;
import org.yothub.casework.offence.OffenceService;
import org.yothub.casework.offence.OffenceView;
import org.yothub.platform.persistence.Versions;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** Victims of offences and their restorative justice. */
@Singleton
public class VictimService {
    private final VictimRepository victims;
    private final OffenceService offences;

    VictimService(VictimRepository victims, OffenceService offences) {
        this.victims = victims;
        this.offences = offences;
    }

    @TenantTransactional(readOnly = true)
    public List<VictimView> listForOffence(UUID offenceId) {
        OffenceFacts o = offences.facts(offenceId);
        return victims.findByOffenceId(offenceId).stream().map(v -> VictimView.of(v, o.offenceRef())).toList();
    }

    /** Victims of all the child's offences. */
    @TenantTransactional(readOnly = true)
    public List<VictimView> listForChild(UUID childId) {
        Map<UUID, String> refs = offences.list(childId).stream()
                .collect(Collectors.toMap(OffenceView::id, OffenceView::offenceRef));
        if (refs.isEmpty()) {
            return List.of();
        }
        return victims.findByOffenceIdInList(refs.keySet()).stream()
                .map(v -> VictimView.of(v, refs.get(v.getOffenceId())))
                .sorted(java.util.Comparator.comparing(VictimView::offenceRef).thenComparing(VictimView::victimRef))
                .toList();
    }

    @TenantTransactional(readOnly = true)
    public VictimView find(UUID id) {
        Victim v = require(id);
        return VictimView.of(v, offences.facts(v.getOffenceId()).offenceRef());
    }

    @TenantTransactional
    public VictimView create(UUID offenceId, VictimForm form) {
        OffenceFacts o = offences.facts(offenceId);
        if (victims.existsByVictimRef(form.victimRef())) {
            throw duplicateRef(form.victimRef());
        }
        Victim v = new Victim();
        v.setId(UUID.randomUUID());
        v.setOffenceId(o.id());
        apply(v, form);
        return VictimView.of(victims.save(v), o.offenceRef());
    }

    @TenantTransactional
    public VictimView update(UUID id, VictimForm form) {
        Victim v = require(id);
        if (form.version() == null) {
            throw ProblemException.field("version", "required", "Send the version of the record you edited");
        }
        if (!v.getVictimRef().equals(form.victimRef()) && victims.existsByVictimRefAndIdNotEqual(form.victimRef(), id)) {
            throw duplicateRef(form.victimRef());
        }
        apply(v, form);
        v.setVersion(form.version());
        return VictimView.of(victims.update(v), offences.facts(v.getOffenceId()).offenceRef());
    }

    /** Deletes the victim's record; with {@code version}, only while it is still that version (else 409). */
    @TenantTransactional
    public void delete(UUID id, @Nullable Long version) {
        Victim v = require(id);
        Versions.requireCurrent("The victim's record", version, v.getVersion());
        victims.delete(v);
    }

    private static void apply(Victim v, VictimForm f) {
        CaseRules.Broken broken = VictimRules.check(f.offeredRj(), f.engagedRj(), f.rjType());
        if (broken != null) {
            throw ProblemException.field(broken.field(), broken.rule(), broken.message());
        }
        v.setVictimRef(f.victimRef().trim());
        v.setConsentedToContact(f.consentedToContact());
        v.setOfferedRj(f.offeredRj());
        v.setEngagedRj(f.engagedRj());
        v.setRjType(f.rjType());
        v.setSatisfied(f.satisfied());
    }

    private Victim require(UUID id) {
        return victims.findById(id).orElseThrow(() -> new NotFoundException("Victim"));
    }

    private static ProblemException duplicateRef(String ref) {
        return ProblemException.field("victim_ref", "unique", "Another victim already has the reference " + ref);
    }

}
