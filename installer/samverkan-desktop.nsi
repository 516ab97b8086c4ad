; Samverkan Desktop: the Windows installer (NSIS 3).
;
;   makensis /DVERSION=0.1.0 installer/samverkan-desktop.nsi
;
; Installs the PyInstaller bundle (dist/samverkan-desktop, from samverkan-desktop.spec: the
; windowed samverkan-desktop.exe and the console samverkan-cli.exe) for the current user
; only, without administrator rights, into %LOCALAPPDATA%\Programs\Samverkan Desktop, with a
; Start menu entry and an uninstaller listed under "Installed apps". Built with
; /DALL_USERS it installs for every user of the machine instead (managed fleets: needs
; administrator rights, %ProgramFiles%, HKLM). Neither installs nor uninstalls while the app
; runs (its files are locked): the user is asked to close it; a silent run exits with 2.
; The user's data (library, backups, log, settings) lives in %LOCALAPPDATA%\SamverkanDesktop
; (per user, also with /DALL_USERS), which neither the installer nor the uninstaller touches. Swedish and English; the language of Windows is preselected.
;
; Defines (makensis /DNAME=value):
;   VERSION     required, e.g. 0.1.0 (samverkan_desktop.__version__)
;   BUNDLE_DIR  the bundle folder, default ../dist/samverkan-desktop (relative to this file)
;   OUTFILE     the installer to write, default ../dist/samverkan-desktop-VERSION-setup.exe
;   PUBLISHER   shown in "Installed apps", default "Samverkan Desktop"
;   ALL_USERS   (no value) an installer for all users of the machine, run as administrator
;   SIGN        a signing command run on the installer and the uninstaller as makensis writes
;               them, %1 standing for the file, e.g. /DSIGN="signtool sign /fd SHA256 /a %1"

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
; a dictionary larger than either executable: their embedded archives are nearly the same
; bytes, and LZMA then stores the second as a reference to the first
SetCompressorDictSize 32

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z installer/samverkan-desktop.nsi"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "../dist/samverkan-desktop"
!endif
!ifndef OUTFILE
  !define OUTFILE "../dist/samverkan-desktop-${VERSION}-setup.exe"
!endif
!ifndef PUBLISHER
  !define PUBLISHER "Samverkan Desktop"
!endif
!define APP_NAME "Samverkan Desktop"
!define EXE_NAME "samverkan-desktop.exe"
!define CLI_NAME "samverkan-cli.exe"
!define ICON "../resources/icons/samverkan-desktop.ico"
!define APP_KEY "Software\SamverkanDesktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\SamverkanDesktop"

; Windows wants four numbers in the file version: 0.1.0 -> 0.1.0.0
!searchparse /noerrors "${VERSION}.0.0.0" "" V_MAJOR "." V_MINOR "." V_PATCH "."
!ifndef V_PATCH
  !error "VERSION must start with three numbers, like 0.1.0 (got ${VERSION})"
!endif

Name "${APP_NAME}"
OutFile "${OUTFILE}"
!ifdef ALL_USERS
!define REG_ROOT "HKLM"
RequestExecutionLevel admin
InstallDir "$PROGRAMFILES64\${APP_NAME}"
!else
!define REG_ROOT "HKCU"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
!endif
InstallDirRegKey ${REG_ROOT} "${APP_KEY}" "InstallDir"
!ifdef SIGN
!finalize '${SIGN}'
!uninstfinalize '${SIGN}'
!endif
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${V_MAJOR}.${V_MINOR}.${V_PATCH}.0"
VIFileVersion "${V_MAJOR}.${V_MINOR}.${V_PATCH}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT "${REG_ROOT}"
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE RefuseWhileRunning
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE_NAME}"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(KeepDataText)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; the first language is the fallback for a Windows in neither language
!insertmacro MUI_LANGUAGE "Swedish"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString WelcomeText ${LANG_SWEDISH} "Installationen lägger ${APP_NAME} ${VERSION} i din egen programmapp. Du behöver inte vara administratör.$\r$\n$\r$\nDina projekt och protokoll sparas i en egen mapp ($LOCALAPPDATA\SamverkanDesktop) och finns kvar vid uppdateringar.$\r$\n$\r$\nKlicka på Nästa för att fortsätta."
LangString WelcomeText ${LANG_ENGLISH} "This installs ${APP_NAME} ${VERSION} into your own programs folder. You do not need to be an administrator.$\r$\n$\r$\nYour projects and minutes are kept in a folder of their own ($LOCALAPPDATA\SamverkanDesktop) and stay there through updates.$\r$\n$\r$\nClick Next to continue."
LangString KeepDataText ${LANG_SWEDISH} "${APP_NAME} tas bort från datorn. Dina projekt, protokoll och säkerhetskopior i $LOCALAPPDATA\SamverkanDesktop ligger kvar. Ta bort den mappen själv om du inte längre behöver dem."
LangString KeepDataText ${LANG_ENGLISH} "${APP_NAME} will be removed from this computer. Your projects, minutes and backups in $LOCALAPPDATA\SamverkanDesktop are kept. Delete that folder yourself if you no longer need them."
LangString AppRunningText ${LANG_SWEDISH} "${APP_NAME} är öppet. Stäng programmet (det du har skrivit sparas när du stänger) och klicka sedan på Försök igen.$\r$\n$\r$\nIngenting har ändrats ännu."
LangString AppRunningText ${LANG_ENGLISH} "${APP_NAME} is open. Close it (what you have typed is saved when you close it), then click Retry.$\r$\n$\r$\nNothing has been changed yet."
LangString ShortcutText ${LANG_SWEDISH} "Protokoll, dialoger och dialograpport för central samverkan"
LangString ShortcutText ${LANG_ENGLISH} "Minutes, dialogues and the dialogue report for central collaboration"

;; Wait until neither executable runs: Windows keeps a running exe (and the DLLs it loaded)
;; locked, so opening it for writing fails while the app or the command line is open.
;; Silent (/S): nothing is changed and the exit code is 2.
!macro REFUSE_WHILE_RUNNING
  ${Do}
    ClearErrors
    ${If} ${FileExists} "$INSTDIR\${EXE_NAME}"
      FileOpen $0 "$INSTDIR\${EXE_NAME}" a
      ${IfNot} ${Errors}
        FileClose $0
      ${EndIf}
    ${EndIf}
    ${IfNot} ${Errors}
    ${AndIf} ${FileExists} "$INSTDIR\${CLI_NAME}"
      FileOpen $0 "$INSTDIR\${CLI_NAME}" a
      ${IfNot} ${Errors}
        FileClose $0
      ${EndIf}
    ${EndIf}
    ${IfNot} ${Errors}
      ${Break}
    ${EndIf}
    ${IfNot} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunningText)" /SD IDCANCEL IDRETRY`
      SetErrorLevel 2
      Quit
    ${EndIf}
  ${Loop}
!macroend

Function .onInit
!ifdef ALL_USERS
  SetShellVarContext all
!endif
  !insertmacro MUI_LANGDLL_DISPLAY
  !insertmacro REFUSE_WHILE_RUNNING
FunctionEnd

Function RefuseWhileRunning
  !insertmacro REFUSE_WHILE_RUNNING
FunctionEnd

Function un.onInit
!ifdef ALL_USERS
  SetShellVarContext all
!endif
  !insertmacro MUI_UNGETLANGUAGE
  !insertmacro REFUSE_WHILE_RUNNING
FunctionEnd

Section "${APP_NAME}" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; an update replaces the program files as a whole, so no file of an older version lingers
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE_DIR}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${EXE_NAME}" "" "$INSTDIR\${EXE_NAME}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutText)"

  WriteRegStr ${REG_ROOT} "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr ${REG_ROOT} "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr ${REG_ROOT} "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr ${REG_ROOT} "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr ${REG_ROOT} "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE_NAME},0"
  WriteRegStr ${REG_ROOT} "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr ${REG_ROOT} "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr ${REG_ROOT} "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD ${REG_ROOT} "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD ${REG_ROOT} "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD ${REG_ROOT} "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  ; only the program files: the data folder ($LOCALAPPDATA\SamverkanDesktop) is left alone
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE_NAME}"
  Delete "$INSTDIR\${CLI_NAME}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey ${REG_ROOT} "${UNINSTALL_KEY}"
  DeleteRegKey ${REG_ROOT} "${APP_KEY}"
SectionEnd
