#include "EventText.h"

#include "onboarding/AccountEvidenceText.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FieldText.h"
#include "onboarding/NetworkEvidenceText.h"
#include "onboarding/StepText.h"

QString EventText::describe(const ProfileEvent &event)
{
    if (const std::optional<QString> text = known(event))
        return *text;
    // Written by a newer version: say so, and show what there is for support.
    return tr("A change this version cannot name (%1 %2)", "@info timeline")
        .arg(event.kind, event.subject);
}

QString EventText::who(const ProfileEvent &event)
{
    if (event.role.isEmpty())
        return event.actor;
    if (event.actor.isEmpty() || event.actor == event.role)
        return event.role;
    return tr("%1 (on machine: %2)", "@info timeline: %1 database role, %2 OS user name")
        .arg(event.role, event.actor);
}

std::optional<QString> EventText::known(const ProfileEvent &event)
{
    if (event.kind == EventKind::Created)
        return tr("Profile created for %1", "@info timeline").arg(event.newValue);
    if (event.kind == EventKind::Field) {
        // A pre-check stores several values at once: one sentence for them
        // all, so that the timeline can show the run as one line.
        if (FieldKey::Precheck.contains(event.subject))
            return tr("Checked the account for public-cloud resources", "@info timeline");
        if (const std::optional<QString> label = FieldText::known(event.subject))
            return tr("Changed: %1", "@info timeline").arg(*label);
        return std::nullopt;
    }
    if (event.kind == EventKind::Status) {
        const auto step = stepFromKey(event.subject);
        const auto from = statusFromKey(event.oldValue);
        const auto to = statusFromKey(event.newValue);
        if (step && from && to)
            return tr("Step %1 (%2): %3 → %4", "@info timeline")
                .arg(stepNumber(*step))
                .arg(StepText::title(*step), StepText::status(*from), StepText::status(*to));
    }
    if (event.kind == EventKind::AccountCheck) {
        const std::optional<AccountCheckKind> check = AccountEvidence::checkOfField(event.subject);
        const std::optional<AccountEvidence> evidence
            = check ? AccountEvidence::fromFieldValue(*check, event.newValue) : std::nullopt;
        if (evidence)
            return AccountEvidenceText::timeline(*evidence);
        return std::nullopt;
    }
    if (event.kind == EventKind::NetworkCheck) {
        if (const std::optional<NetworkEvidence> evidence
            = NetworkEvidence::fromFieldValue(event.newValue))
            return NetworkEvidenceText::timeline(*evidence);
        return std::nullopt;
    }
    if (event.kind == EventKind::Archived)
        return tr("Archived: hidden from the list of companies", "@info timeline");
    if (event.kind == EventKind::Unarchived)
        return tr("Restored from the archive", "@info timeline");
    if (event.kind == EventKind::Deleted)
        return tr("Deleted \"%1\" (can be undone)", "@info timeline").arg(event.newValue);
    if (event.kind == EventKind::Undeleted)
        return tr("Deletion undone", "@info timeline");
    return std::nullopt;
}
