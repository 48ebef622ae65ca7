// A network check's record (NetworkEvidence) in words, in the language of
// the moment: what was found, each difference, when and with which
// RequestIds, and the one-line form for the timeline. Used by the region
// page's panel, the verify-network command and EventText.
// Must never call a difference a match, nor a check that could not be made
// a finding.
#pragma once

#include "NetworkEvidence.h"

#include <QCoreApplication>

class QTimeZone;

class NetworkEvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(NetworkEvidenceText)
public:
    static QString title();
    // One sentence: what the check found, or why it found nothing.
    static QString finding(const NetworkEvidence &evidence);
    // One line per difference.
    static QString difference(const NetworkDifference &difference);
    static QStringList differences(const NetworkEvidence &evidence);
    // "Checked 2026-12-07 10:15 · RequestIds R-1, R-2"
    static QString when(const NetworkEvidence &evidence, const QTimeZone &zone);
    static QString timeline(const NetworkEvidence &evidence);
};
