#include "ChecklistCommand.h"

#include "ChecklistPdf.h"
#include "core/Clock.h"
#include "core/UntrustedText.h"
#include "onboarding/FieldKey.h"
#include "storage/ProfileLookup.h"
#include "storage/ProgressStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

int runChecklistCommand(const ProgressStore &store, const Clock &clock,
    const ChecklistOptions &options, QTextStream &out, QTextStream &err)
{
    const Result<ProfileData> data = ProfileLookup::load(store, options.profile);
    if (!data)
        return ProfileLookup::report(data.error(), err);
    const Result<int> pages
        = ChecklistPdf::write(data.value(), clock.now(), clock.timeZone(), options.outPath);
    if (!pages) {
        err << pages.error().message << '\n';
        if (!pages.error().details.isEmpty())
            err << pages.error().details << '\n';
        return 2;
    }
    out << QCoreApplication::translate("ChecklistCommand",
        "Wrote the checklist of \"%1\" to %2 (%n page(s)).", "@info", pages.value())
               .arg(UntrustedText::printable(data.value().field(FieldKey::CompanyName)),
                   QDir::toNativeSeparators(options.outPath))
        << '\n';
    return 0;
}
