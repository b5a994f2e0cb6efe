// Entry point: `mctester send|recv ...` runs headless; anything else opens the window.
#include "commands.h"
#include "guioptions.h"
#include "language.h"
#include "mainwindow.h"
#include "signalwatcher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

#include <algorithm>

#include <sys/resource.h>

namespace {

// The receiver opens a socket per joined group: the usual soft limit of 1,024 descriptors would
// end a session at about a thousand groups. Up to the hard limit (the administrator's), capped.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        const rlim_t wanted = std::min<rlim_t>(limit.rlim_max, 65536);
        if (limit.rlim_cur < wanted) {
            limit.rlim_cur = wanted;
            ::setrlimit(RLIMIT_NOFILE, &limit);
        }
    }
}

void setApplicationNames()
{
    // QSettings reads these: ~/.config/mctester/mctester.conf
    QCoreApplication::setOrganizationName(QStringLiteral("mctester"));
    QCoreApplication::setApplicationName(QStringLiteral("mctester"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MCT_VERSION));
}

QString chosenLanguage(const QStringList &args)
{
    const QString fromArguments = mct::ui::languageArgument(args);
    return fromArguments.isEmpty() ? mct::ui::savedLanguage() : fromArguments;
}

int runGui(int argc, char *argv[], const QStringList &args)
{
    setApplicationNames();
    // Help and bad options are answered without a window, so they work over ssh and with no display.
    if (mct::ui::parseGuiArguments(args).result != mct::ui::GuiParseResult::Run) {
        QCoreApplication app(argc, argv);
        mct::ui::installTranslators(app, chosenLanguage(args));
        return mct::ui::parseGuiArguments(QCoreApplication::arguments()).report();
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.mctester.MulticastTester"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mctester.svg")));
    mct::ui::installTranslators(app, chosenLanguage(args));
    QGuiApplication::setApplicationDisplayName(
            QCoreApplication::translate("mct::ui::MainWindow", "Multicast Tester"));
    // Again, now translated and without the options QApplication took for itself.
    const mct::ui::GuiParse parsed = mct::ui::parseGuiArguments(QCoreApplication::arguments());
    if (parsed.result != mct::ui::GuiParseResult::Run) {
        return parsed.report();
    }

    mct::ui::MainWindow window;
    // SIGTERM (a logout, `kill`) or Ctrl-C in the terminal closes the window the normal way, so
    // the settings, groups and layout are saved as when the user closes it.
    mct::cli::SignalWatcher terminations;
    QObject::connect(&terminations, &mct::cli::SignalWatcher::terminationRequested, &window, &QWidget::close);
    if (!parsed.options.interfaceName.isEmpty()) {
        window.setInterface(parsed.options.interfaceName);
    }
    window.show();
    window.joinAtStart(parsed.options.joins);
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    raiseDescriptorLimit();
    QStringList args;
    args.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        args.append(QString::fromLocal8Bit(argv[i]));
    }
    if (mct::cli::isSubcommand(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("mctester"));
        QCoreApplication::setApplicationVersion(QStringLiteral(MCT_VERSION));
        mct::ui::installEnglishPluralForms(app); // the command line speaks English
        return mct::cli::runSubcommand(args);
    }
    return runGui(argc, argv, args);
}
