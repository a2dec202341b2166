@echo off
rem Runs the guidepost command-line tool from this distribution: bin\guidepost check policy.json, ...
rem Needs Java 17 or newer: JAVA_HOME, or java on the PATH. Extra JVM options: GUIDEPOST_OPTS.
setlocal
set "GUIDEPOST_LIB=%~dp0..\lib"
if defined JAVA_HOME (
  set "GUIDEPOST_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  where java >nul 2>nul || (
    echo guidepost: no Java found. Install Java 17 or newer, or set JAVA_HOME. 1>&2
    exit /b 2
  )
  set "GUIDEPOST_JAVA=java"
)
"%GUIDEPOST_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto %GUIDEPOST_OPTS% -cp "%GUIDEPOST_LIB%\*" dev.guidepost.cli.Guidepost %*
exit /b %ERRORLEVEL%
