@echo off
rem mailready: checks Microsoft email tenant snapshots. Runs lib\mailready.jar on Java 17 or newer.
rem JAVA_HOME selects the Java (otherwise java on PATH); MAILREADY_OPTS adds JVM options, last.
rem Only the client JIT compiler by default: a check is short (see bin/mailready).
setlocal
set "MAILREADY_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java"
)
"%JAVA_EXE%" -Xlog:disable -Xlog:all=warning:stderr -XX:TieredStopAtLevel=1 %MAILREADY_OPTS% -jar "%MAILREADY_HOME%\lib\mailready.jar" %*
exit /b %ERRORLEVEL%
