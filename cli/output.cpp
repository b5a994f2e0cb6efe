// Line-oriented output of the headless commands: stdout for results, stderr for messages.
#include "output.h"

#include "usage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace mct::cli {

namespace {

class OutputText final
{
    Q_DECLARE_TR_FUNCTIONS(Output)
};

int g_stdoutErrno = 0; // the first error writing to stdout

void noteStdoutError()
{
    if (g_stdoutErrno == 0 && std::ferror(stdout)) {
        g_stdoutErrno = errno != 0 ? errno : EIO;
    }
}

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    if (stream == stdout) {
        noteStdoutError();
    }
}

} // namespace

void printLine(const QString &line)
{
    write(stdout, line.toUtf8());
}

void printJson(const QJsonObject &object)
{
    write(stdout, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void printError(const QString &message)
{
    write(stderr, OutputText::tr("mctester: %1").arg(message).toUtf8());
}

void printNote(const QString &message)
{
    printError(message); // the same form; only the words say it is good news
}

void printWarning(const QString &message)
{
    write(stderr, OutputText::tr("mctester: warning: %1").arg(message).toUtf8());
}

void flushOutput()
{
    std::fflush(stdout);
    noteStdoutError();
    std::fflush(stderr);
}

int outputErrno()
{
    return g_stdoutErrno;
}

QString outputErrorText()
{
    return g_stdoutErrno == 0 ? QString() : QString::fromLocal8Bit(std::strerror(g_stdoutErrno));
}

void printHelp(const QCommandLineParser &parser, const QString &command)
{
    printLine(core::helpAsTyped(parser, command).trimmed());
}

} // namespace mct::cli
