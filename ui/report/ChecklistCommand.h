// `fincloud-onboard checklist [--profile NAME] --out FILE.pdf [--lang zh_CN]`:
// writes the printable checklist of one profile as a PDF, in the language
// installed by the caller. Needs a QGuiApplication (fonts; the offscreen
// platform is enough). Exit status: 0 written, 1 no such profile, 2 the
// database could not be read or the file not written. It takes its options
// as CommandTable checked them (an --out file).
#pragma once

#include <QString>

class Clock;
class ProgressStore;
class QTextStream;

struct ChecklistOptions
{
    QString profile; // company name or profile id; empty: the last used
    QString outPath;
};

int runChecklistCommand(const ProgressStore &store, const Clock &clock,
    const ChecklistOptions &options, QTextStream &out, QTextStream &err);
