// The screenshot tour against the golden images in tests/ui/goldens: the real
// program renders every page in both languages, light and dark, and the
// pages with a notice at 1024×700; each image must match its golden within a
// small tolerance, and two runs must give identical bytes. The 2× pictures
// are the 1× ones drawn at twice the resolution: they are checked for being
// there at twice the size, not kept as goldens (they would triple the size
// of the goldens and find nothing the 1× ones do not).
// On a mismatch the actual image and a diff image are written next to the
// test's build output and named in the failure.
#include "common/ProgramRun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A pixel differs when one channel differs by more than this…
constexpr int ChannelTolerance = 48;
// …and an image fails when more than this share of its pixels differ.
constexpr double MaxDifferingShare = 0.002;

bool isDoubleScale(const QString &file)
{
    return file.section(QLatin1Char('/'), 0, 0).endsWith(QLatin1String("-2x"));
}

// Without the 2× pictures, unless asked for.
QStringList pngsBelow(const QString &root, bool doubleScale = false)
{
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir(root).relativeFilePath(it.next());
        if (isDoubleScale(file) == doubleScale)
            files << file;
    }
    files.sort();
    return files;
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

// Counts differing pixels and paints them red on a faded copy of the golden.
qsizetype compareImages(const QImage &golden, const QImage &actual, QImage *diff)
{
    *diff = golden.convertToFormat(QImage::Format_ARGB32);
    qsizetype differing = 0;
    for (int y = 0; y < golden.height(); ++y) {
        for (int x = 0; x < golden.width(); ++x) {
            const QRgb a = golden.pixel(x, y);
            const QRgb b = actual.pixel(x, y);
            const bool same = qAbs(qRed(a) - qRed(b)) <= ChannelTolerance
                && qAbs(qGreen(a) - qGreen(b)) <= ChannelTolerance
                && qAbs(qBlue(a) - qBlue(b)) <= ChannelTolerance;
            if (same) {
                const int grey = 192 + qGray(a) / 4;
                diff->setPixel(x, y, qRgb(grey, grey, grey));
            } else {
                diff->setPixel(x, y, qRgb(255, 0, 0));
                ++differing;
            }
        }
    }
    return differing;
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameFilesAsGoldens();
    void matchesGoldens_data();
    void matchesGoldens();
    void twoRunsAreByteIdentical();
    void doubleScaleOfEveryNoticePage();

private:
    QTemporaryDir m_dir;
    QString m_first;
    QString m_second;
    const QString m_goldens = QStringLiteral(FINCLOUD_GOLDENS);
};

void TestScreenshots::initTestCase()
{
    m_first = m_dir.filePath(QStringLiteral("first"));
    m_second = m_dir.filePath(QStringLiteral("second"));
    for (const QString &folder : {m_first, m_second}) {
        const ProgramRun run = ProgramRun::start({QStringLiteral("--screenshots"), folder});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
}

void TestScreenshots::sameFilesAsGoldens()
{
    const QStringList golden = pngsBelow(m_goldens);
    QVERIFY2(golden.size() >= 28, "no goldens: run the update_goldens target");
    QVERIFY2(pngsBelow(m_goldens, true).isEmpty(), "2× pictures are not kept as goldens");
    QCOMPARE(pngsBelow(m_first), golden);
}

void TestScreenshots::matchesGoldens_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : pngsBelow(m_goldens))
        QTest::newRow(qPrintable(name)) << name;
}

void TestScreenshots::matchesGoldens()
{
    QFETCH(QString, name);
    const QImage golden(QDir(m_goldens).filePath(name));
    const QImage actual(QDir(m_first).filePath(name));
    QVERIFY(!golden.isNull());
    QVERIFY2(!actual.isNull(), qPrintable(name + QStringLiteral(" was not rendered")));
    QCOMPARE(actual.size(), golden.size());
    QImage diff;
    const qsizetype differing = compareImages(golden, actual, &diff);
    const double share = double(differing) / (golden.width() * golden.height());
    if (share > MaxDifferingShare) {
        const QDir out(QDir::current().filePath(QStringLiteral("screenshot-failures")));
        QDir().mkpath(out.filePath(QFileInfo(name).path()));
        const QString actualPath = out.filePath(name);
        const QString diffPath = out.filePath(
            QString(name).replace(QStringLiteral(".png"), QStringLiteral("-diff.png")));
        actual.save(actualPath);
        diff.save(diffPath);
        QFAIL(qPrintable(QStringLiteral("%1: %2 pixels differ (%3%). Actual: %4  Diff: %5")
                             .arg(name)
                             .arg(differing)
                             .arg(share * 100, 0, 'f', 2)
                             .arg(actualPath, diffPath)));
    }
}

void TestScreenshots::twoRunsAreByteIdentical()
{
    const QStringList files = pngsBelow(m_first) + pngsBelow(m_first, true);
    QVERIFY(!files.isEmpty());
    QCOMPARE(pngsBelow(m_second) + pngsBelow(m_second, true), files);
    for (const QString &name : files)
        QVERIFY2(hashOf(QDir(m_first).filePath(name)) == hashOf(QDir(m_second).filePath(name)),
            qPrintable(name));
}

// Every picture of a page with a notice at 1024×700 is there at 2× too, at
// twice the size of the same page's 1× picture.
void TestScreenshots::doubleScaleOfEveryNoticePage()
{
    const QStringList twice = pngsBelow(m_first, true);
    QStringList expected;
    for (const QString &file : pngsBelow(m_first)) {
        const QString folder = file.section(QLatin1Char('/'), 0, 0);
        if (folder.endsWith(QLatin1String("-1024x700")))
            expected << QString(file).replace(QLatin1String("-1024x700/"), QLatin1String("-2x/"));
    }
    expected.sort();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(twice, expected);
    for (const QString &file : twice) {
        const QString single = QString(file).replace(QLatin1String("-2x/"), QLatin1String("/"));
        const QSize one = QImage(QDir(m_first).filePath(single)).size();
        QVERIFY2(!one.isEmpty(), qPrintable(single));
        QCOMPARE(QImage(QDir(m_first).filePath(file)).size(), 2 * one);
    }
}

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
