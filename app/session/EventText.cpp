#include "EventText.h"

#include "onboarding/FieldText.h"
#include "onboarding/StepText.h"

QString EventText::describe(const ProfileEvent &event)
{
    if (event.kind == QLatin1String("created"))
        return tr("Profile created for %1", "@info timeline").arg(event.newValue);
    if (event.kind == QLatin1String("field"))
        return tr("Changed: %1", "@info timeline").arg(FieldText::label(event.subject));
    if (event.kind == QLatin1String("status")) {
        const auto step = stepFromKey(event.subject);
        const auto from = statusFromKey(event.oldValue);
        const auto to = statusFromKey(event.newValue);
        if (step && from && to)
            return tr("Step %1 (%2): %3 → %4", "@info timeline")
                .arg(stepNumber(*step))
                .arg(StepText::title(*step), StepText::status(*from), StepText::status(*to));
    }
    if (event.kind == QLatin1String("archived"))
        return tr("Archived: hidden from the list of companies", "@info timeline");
    if (event.kind == QLatin1String("unarchived"))
        return tr("Restored from the archive", "@info timeline");
    if (event.kind == QLatin1String("deleted"))
        return tr("Deleted \"%1\" (can be undone)", "@info timeline").arg(event.newValue);
    if (event.kind == QLatin1String("undeleted"))
        return tr("Deletion undone", "@info timeline");
    // Written by a newer version: show what there is.
    return QStringLiteral("%1 %2: %3 → %4")
        .arg(event.kind, event.subject, event.oldValue, event.newValue);
}
