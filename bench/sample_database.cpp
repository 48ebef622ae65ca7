// Writes the database a returning user starts with, for bench/run's start-up
// figures: one company, every page's values filled in, the first step done,
// the wizard left on the region page (the last step page: resuming there
// builds and walks through every page before it). Written through
// OnboardingSession, as the wizard writes it.
//
//   sample_database PATH
#include "core/Clock.h"
#include "onboarding/SampleCompany.h"
#include "pages/PageId.h"
#include "session/OnboardingSession.h"
#include "storage/ProgressStore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: sample_database PATH (a new file)\n");
        return 2;
    }
    const QString path = arguments.at(1);
    if (QFile::exists(path)) {
        std::fprintf(stderr, "%s exists already\n", qPrintable(path));
        return 2;
    }
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().details));
        return 1;
    }
    const SystemClock clock;
    OnboardingSession session(*store.value(), clock);
    if (const Result<> created = session.create(QStringLiteral("Bench Fintech Ltd")); !created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().details));
        return 1;
    }
    Profile &profile = session.profile();
    SampleCompany::fillIn(profile);
    if (!profile.requestStatus(StepId::Register, StepStatus::Done).allowed) {
        std::fprintf(stderr, "the flow rules refused step 1 done\n");
        return 1;
    }
    profile.setCurrentPage(RegionPageId);
    if (!session.flush()) {
        std::fprintf(stderr, "the sample profile could not be saved\n");
        return 1;
    }
    return 0;
}
