#include "ExchangeCommands.h"

#include "core/Clock.h"
#include "core/UntrustedText.h"
#include "exchange/ProfileExport.h"
#include "exchange/ProfileImport.h"
#include "storage/ProfileLookup.h"
#include "storage/ProgressStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

std::optional<ConflictChoice> conflictChoice(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("cancel"))
        return ConflictChoice::Cancel;
    if (text == QLatin1String("replace"))
        return ConflictChoice::Replace;
    if (text == QLatin1String("keep-both"))
        return ConflictChoice::KeepBoth;
    return std::nullopt;
}

int runExportCommand(const ProgressStore &store, const Clock &clock, const ExportOptions &options,
    QTextStream &out, QTextStream &err)
{
    const Result<qint64> id = ProfileLookup::find(store, options.profile);
    if (!id)
        return ProfileLookup::report(id.error(), err);
    const Result<ExportOutcome> written
        = ProfileExport::writeFile(store, id.value(), options.outPath, clock.now(), clock.today());
    if (!written) {
        err << written.error().message << '\n';
        if (!written.error().details.isEmpty())
            err << written.error().details << '\n';
        return 2;
    }
    out << QCoreApplication::translate("ExchangeCommands", "Exported \"%1\" to %2.", "@info")
               .arg(UntrustedText::printable(written.value().companyName),
                   QDir::toNativeSeparators(written.value().path))
        << '\n';
    if (!written.value().importProblem.isEmpty())
        err << QCoreApplication::translate("ExchangeCommands",
            "Note: until the profile is corrected, this file will not import:", "@info")
            << '\n'
            << UntrustedText::printableLines(written.value().importProblem) << '\n';
    return 0;
}

int runImportCommand(ProgressStore &store, const Clock &clock, const ImportOptions &options,
    QTextStream &out, QTextStream &err)
{
    const Result<ProfileFileContent> content = ProfileImport::readFile(options.path, clock.today());
    if (!content) {
        err << QDir::toNativeSeparators(options.path) << ": "
            << UntrustedText::printableLines(content.error().message) << '\n';
        return 2;
    }
    const Result<ImportOutcome> imported
        = ProfileImport::apply(store, content.value(), options.onConflict, clock.now());
    if (!imported) {
        err << imported.error().message << '\n' << imported.error().details << '\n';
        return 2;
    }
    const ImportOutcome &outcome = imported.value();
    if (outcome.kind == ImportOutcome::Cancelled) {
        QStringList names;
        // As the import decided, inside its transaction.
        for (const ProfileSummary &summary : outcome.conflicts)
            names << QStringLiteral("\"%1\" (id %2)")
                         .arg(UntrustedText::printable(summary.label))
                         .arg(summary.id);
        err << QCoreApplication::translate("ExchangeCommands",
            "Not imported: a saved profile is the same company (same name or credit code): "
            "%1. Choose with --on-conflict replace or --on-conflict keep-both.",
            "@info")
                   .arg(names.join(QStringLiteral(", ")))
            << '\n';
        return 1;
    }
    out << (outcome.kind == ImportOutcome::Replaced
            ? QCoreApplication::translate("ExchangeCommands",
                "Imported \"%1\" in place of the saved profile (id %2).", "@info")
            : QCoreApplication::translate(
                "ExchangeCommands", "Imported \"%1\" as a new profile (id %2).", "@info"))
               .arg(UntrustedText::printable(outcome.label))
               .arg(outcome.id)
        << '\n';
    for (const CheckedField &finding : content.value().findings) {
        const QString level = finding.verdict.level == FieldVerdict::Warning
            ? QCoreApplication::translate("ExchangeCommands", "WARNING", "@info verdict")
            : QCoreApplication::translate("ExchangeCommands", "note", "@info verdict");
        out << UntrustedText::printable(finding.key) << ": " << level << " — "
            << UntrustedText::printable(finding.verdict.message) << '\n';
    }
    return 0;
}
