<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Doctor</name>
    <message numerus="yes">
        <location filename="../core/doctor.cpp" line="240"/>
        <source>TTL %1 crosses up to %2 router(s)</source>
        <translation>
            <numerusform>TTL %1 crosses up to %2 router</numerusform>
            <numerusform>TTL %1 crosses up to %2 routers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/doctor.cpp" line="660"/>
        <source>%n other socket(s) on this host already use UDP port %1</source>
        <translation>
            <numerusform>%n other socket on this host already uses UDP port %1</numerusform>
            <numerusform>%n other sockets on this host already use UDP port %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/doctor.cpp" line="901"/>
        <source>port %1 (%n datagram(s), first from %2)</source>
        <translation>
            <numerusform>port %1 (%n datagram, first from %2)</numerusform>
            <numerusform>port %1 (%n datagrams, first from %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recv</name>
    <message numerus="yes">
        <location filename="../cli/recvcommand.cpp" line="106"/>
        <source>recording stopped after %1 packet(s): %2</source>
        <translation>
            <numerusform>recording stopped after %1 packet: %2</numerusform>
            <numerusform>recording stopped after %1 packets: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/recvcommand.cpp" line="113"/>
        <source>recorded %1 packet(s) to %2</source>
        <translation>
            <numerusform>recorded %1 packet to %2</numerusform>
            <numerusform>recorded %1 packets to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/recvcommand.cpp" line="305"/>
        <source>--- %1 packet(s), %2 bytes in %3 s, %4 dropped by the kernel</source>
        <translation>
            <numerusform>--- %1 packet, %2 bytes in %3 s, %4 dropped by the kernel</numerusform>
            <numerusform>--- %1 packets, %2 bytes in %3 s, %4 dropped by the kernel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/recvcommand.cpp" line="313"/>
        <source>  %1: %2 packet(s)</source>
        <translation>
            <numerusform>  %1: %2 packet</numerusform>
            <numerusform>  %1: %2 packets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Send</name>
    <message numerus="yes">
        <location filename="../cli/sendcommand.cpp" line="105"/>
        <source>sent %n packet(s)</source>
        <translation>
            <numerusform>sent %n packet</numerusform>
            <numerusform>sent %n packets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/sendcommand.cpp" line="206"/>
        <source>--- sent %1 packet(s), %2 bytes to %3 in %4 s</source>
        <translation>
            <numerusform>--- sent %1 packet, %2 bytes to %3 in %4 s</numerusform>
            <numerusform>--- sent %1 packets, %2 bytes to %3 in %4 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/sendcommand.cpp" line="213"/>
        <source>--- %1 replies from %2 receiver(s)</source>
        <translation>
            <numerusform>--- %1 replies from %2 receiver</numerusform>
            <numerusform>--- %1 replies from %2 receivers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mct::ui::RecordingBar</name>
    <message numerus="yes">
        <location filename="../ui/recordingbar.cpp" line="119"/>
        <source>Recorded %1 packet(s) to %2</source>
        <translation>
            <numerusform>Recorded %1 packet to %2</numerusform>
            <numerusform>Recorded %1 packets to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/recordingbar.cpp" line="123"/>
        <source>Recording stopped after %1 packet(s): %2. Receiving goes on.</source>
        <translation>
            <numerusform>Recording stopped after %1 packet: %2. Receiving goes on.</numerusform>
            <numerusform>Recording stopped after %1 packets: %2. Receiving goes on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/recordingbar.cpp" line="151"/>
        <source>Finishing %1 — %2 packet(s)</source>
        <translation>
            <numerusform>Finishing %1 — %2 packet</numerusform>
            <numerusform>Finishing %1 — %2 packets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/recordingbar.cpp" line="152"/>
        <source>Recording to %1 — %2 packet(s)</source>
        <translation>
            <numerusform>Recording to %1 — %2 packet</numerusform>
            <numerusform>Recording to %1 — %2 packets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mct::ui::ReplyModel</name>
    <message numerus="yes">
        <location filename="../ui/replymodel.cpp" line="105"/>
        <source>%n router(s) on the way: sent with TTL %1, arrived with TTL %2</source>
        <translation>
            <numerusform>%n router on the way: sent with TTL %1, arrived with TTL %2</numerusform>
            <numerusform>%n routers on the way: sent with TTL %1, arrived with TTL %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mct::ui::StatusSummary</name>
    <message numerus="yes">
        <location filename="../ui/statussummary.cpp" line="123"/>
        <source>Showing %1 of %2 row(s)</source>
        <translation>
            <numerusform>Showing %1 of %2 row</numerusform>
            <numerusform>Showing %1 of %2 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statussummary.cpp" line="126"/>
        <source>%1 / %2 row(s)</source>
        <translation>
            <numerusform>%1 / %2 row</numerusform>
            <numerusform>%1 / %2 rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mct::ui::TableExport</name>
    <message numerus="yes">
        <location filename="../ui/tableexport.cpp" line="66"/>
        <source>Exported %1 packet(s) to %2</source>
        <translation>
            <numerusform>Exported %1 packet to %2</numerusform>
            <numerusform>Exported %1 packets to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tableexport.cpp" line="72"/>
        <source>Export stopped after %1 packet(s): %2</source>
        <translation>
            <numerusform>Export stopped after %1 packet: %2</numerusform>
            <numerusform>Export stopped after %1 packets: %2</numerusform>
        </translation>
    </message>
</context>
</TS>
