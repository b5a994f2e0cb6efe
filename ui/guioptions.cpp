// The window's command line: --join, --interface and --lang, with help that points to the subcommands.
#include "guioptions.h"

#include "grouprange.h"
#include "interfaces.h"
#include "language.h"
#include "usage.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace mct::ui {

namespace {

class OptionsText final
{
    Q_DECLARE_TR_FUNCTIONS(GuiOptions)
};

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

GuiParse usageError(const QString &message)
{
    return GuiParse{GuiParseResult::ExitUsage,
                    OptionsText::tr("mctester: %1\nTry 'mctester --help' for the options.\n").arg(message),
                    {}};
}

// QGuiApplication's own options; it removes them from its arguments, so they only matter before it exists.
QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList withValue{
            QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
            QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
            QStringLiteral("-display"),         QStringLiteral("-geometry"),
            QStringLiteral("-qwindowgeometry"), QStringLiteral("-title"),
            QStringLiteral("-qwindowtitle"),    QStringLiteral("-icon"),
            QStringLiteral("-qwindowicon"),     QStringLiteral("-style"),
            QStringLiteral("-stylesheet"),      QStringLiteral("-name"),
            QStringLiteral("-session"),         QStringLiteral("-qmljsdebugger")};
    static const QStringList flags{QStringLiteral("-reverse"), QStringLiteral("-nograb"),
                                   QStringLiteral("-dograb"), QStringLiteral("-sync"),
                                   QStringLiteral("-widgetcount")};
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (i > 0 && withValue.contains(a)) {
            ++i;
        } else if (i > 0 && (flags.contains(a) || withValue.contains(a.section(u'=', 0, 0)))) {
            continue;
        } else {
            out.append(a);
        }
    }
    return out;
}

// "zh_CN", "zh-CN", "zh" -> "zh_CN"; "en", "C" -> "en"; empty when not offered.
QString normalizedLanguage(const QString &value)
{
    const QString v = value.trimmed();
    if (v.compare(QStringLiteral("en"), Qt::CaseInsensitive) == 0 || v.startsWith(QStringLiteral("en_"))
        || v.startsWith(QStringLiteral("en-")) || v == u"C") {
        return QStringLiteral("en");
    }
    if (v.compare(QStringLiteral("zh"), Qt::CaseInsensitive) == 0
        || v.compare(QStringLiteral("zh_CN"), Qt::CaseInsensitive) == 0
        || v.compare(QStringLiteral("zh-CN"), Qt::CaseInsensitive) == 0
        || v.compare(QStringLiteral("zh_Hans"), Qt::CaseInsensitive) == 0) {
        return QStringLiteral("zh_CN");
    }
    return {};
}

} // namespace

int GuiParse::report() const
{
    switch (result) {
    case GuiParseResult::Run:
        return 0;
    case GuiParseResult::ExitOk:
        print(stdout, output);
        return 0;
    case GuiParseResult::ExitUsage:
        print(stderr, output);
        return kExitUsage;
    }
    return kExitUsage;
}

QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--lang" && i + 1 < arguments.size()) {
            return normalizedLanguage(arguments.at(i + 1));
        }
        if (a.startsWith(QStringLiteral("--lang="))) {
            return normalizedLanguage(a.mid(7));
        }
    }
    return {};
}

GuiParse parseGuiArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(OptionsText::tr(
            "Multicast Tester: send, receive and measure IP multicast.\n"
            "Without a command it opens the window. Commands for scripts and terminals:\n"
            "  mctester send GROUP:PORT [options]       send datagrams (see mctester send --help)\n"
            "  mctester recv GROUP:PORT ... [options]   receive and print (see mctester recv --help)\n"
            "  mctester doctor GROUP:PORT [-i NAME]     explain why nothing arrives (see mctester doctor "
            "--help)"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  OptionsText::tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     OptionsText::tr("Show the version."));
    const QCommandLineOption join(
            QStringLiteral("join"),
            OptionsText::tr("Join this group at start, e.g. 239.1.2.3:5000, or a range, e.g. "
                            "239.8.0.1-239.8.3.232:5000 (repeatable)."),
            OptionsText::tr("GROUP:PORT"));
    const QCommandLineOption groupsFile(
            QStringLiteral("groups-file"),
            OptionsText::tr("Join the groups in FILE at start: one GROUP:PORT or range a line, # comments."),
            OptionsText::tr("FILE"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   OptionsText::tr("Join more than %1 groups (group:port pairs) at start.")
                                           .arg(core::kMaxGroupsUnforced));
    const QCommandLineOption interface({QStringLiteral("i"), QStringLiteral("interface")},
                                       OptionsText::tr("Join on this interface, and send from it."),
                                       OptionsText::tr("NAME"));
    const QCommandLineOption lang(
            QStringLiteral("lang"),
            OptionsText::tr("Interface language: en or zh_CN (default: the saved choice, "
                            "else the system's)."),
            OptionsText::tr("LANG"));
    parser.addOptions({help, version, join, groupsFile, force, interface, lang});
    parser.addPositionalArgument(OptionsText::tr("[send|recv|doctor]"),
                                 OptionsText::tr("Run a command without the window."));

    if (!parser.parse(withoutQtOptions(arguments))) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(help)) {
        // helpText() needs the application object for the program name; the caller parses again with it.
        const QString text = QCoreApplication::instance() != nullptr ? core::helpAsTyped(parser) : QString();
        return GuiParse{GuiParseResult::ExitOk, text, {}};
    }
    if (parser.isSet(version)) {
        return GuiParse{
                GuiParseResult::ExitOk, QStringLiteral("mctester %1\n").arg(QStringLiteral(MCT_VERSION)), {}};
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(OptionsText::tr("unknown command \"%1\"; the commands are send, recv and doctor")
                                  .arg(parser.positionalArguments().constFirst()));
    }
    GuiOptions result;
    if (parser.isSet(lang)) {
        result.language = normalizedLanguage(parser.value(lang));
        if (result.language.isEmpty()) {
            return usageError(
                    OptionsText::tr("--lang \"%1\" is not offered; use one of: %2")
                            .arg(parser.value(lang), availableLanguages().join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(interface)) {
        const auto found = core::findInterface(parser.value(interface));
        if (!found) {
            return usageError(found.error());
        }
        result.interfaceName = found.value().name;
    }
    const auto items = core::parseGroupArguments(
            parser.values(join), parser.isSet(groupsFile) ? parser.value(groupsFile) : QString());
    if (!items) {
        return usageError(items.error());
    }
    const auto endpoints = core::expandGroups(items.value(), parser.isSet(force));
    if (!endpoints) {
        return usageError(endpoints.error());
    }
    for (const core::Endpoint &endpoint : endpoints.value()) {
        result.joins.append(core::JoinRequest{endpoint, result.interfaceName, {}, {}});
    }
    return GuiParse{GuiParseResult::Run, {}, result};
}

} // namespace mct::ui
