// Writes the checklist (ChecklistDocument) as an A4 PDF with QPdfWriter:
// laid out at a fixed 96 dpi so the pages look the same on every machine,
// printed at 300 dpi, a footer with the company and page numbers on every
// page, written through OutputFile (all or nothing, owner-only, never through
// a symbolic link or onto a device). QtGui only; it never shows a dialog.
#pragma once

#include "core/Result.h"
#include "onboarding/ProfileData.h"

#include <QCoreApplication>
#include <QTimeZone>

class ChecklistPdf
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistPdf)
public:
    static constexpr int Resolution = 300; // dots per inch in the PDF
    static constexpr qreal MarginMillimetres = 16;

    // Needs a QGuiApplication (fonts). Returns the number of pages written.
    static Result<int> write(
        const ProfileData &data, const QDateTime &now, const QTimeZone &zone, const QString &path);
};
