// Line-oriented output of the headless commands: stdout for results, stderr for messages.
#include "output.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace mct::cli {

namespace {

class OutputText final
{
    Q_DECLARE_TR_FUNCTIONS(Output)
};

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
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

void printWarning(const QString &message)
{
    write(stderr, OutputText::tr("mctester: warning: %1").arg(message).toUtf8());
}

void flushOutput()
{
    std::fflush(stdout);
    std::fflush(stderr);
}

} // namespace mct::cli
