; Inno Setup script for Bibliomobile on Windows (see installers/README.md).
; Per-user install, no administrator rights: municipal laptops are managed by an IT
; department and the library staff rarely have admin rights.
; Build: iscc /DAppVersion=0.1.0 /DBundleDir=..\..\dist\bibliomobile installers\windows\bibliomobile.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\bibliomobile"
#endif

[Setup]
AppId={{6F3B8E2A-7C1D-4E5B-9A2F-B1B110B0B11E}
AppName=Bibliomobile
AppVersion={#AppVersion}
AppVerName=Bibliomobile {#AppVersion}
AppPublisher=Bibliomobile
DefaultDirName={autopf}\Bibliomobile
DefaultGroupName=Bibliomobile
DisableProgramGroupPage=yes
; Per-user: installs under %LOCALAPPDATA%\Programs without a UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=Bibliomobile-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\bibliomobile.ico
UninstallDisplayIcon={app}\Bibliomobile.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.RemoveData=Supprimer aussi la base de données de Bibliomobile (prêts non synchronisés compris) ?%n%nRépondez Non pour la garder : une réinstallation la retrouvera.
english.RemoveData=Also delete Bibliomobile's database (including loans not yet synced)?%n%nAnswer No to keep it: a reinstall will find it again.
french.DesktopIcon=Créer une icône sur le Bureau
english.DesktopIcon=Create a desktop icon

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Bibliomobile"; Filename: "{app}\Bibliomobile.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\Bibliomobile"; Filename: "{app}\Bibliomobile.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Bibliomobile.exe"; Description: "{cm:LaunchProgram,Bibliomobile}"; Flags: nowait postinstall skipifsilent

[Code]
// The database lives in the user data folder (platformdirs: %LOCALAPPDATA%\bibliomobile),
// outside {app}: uninstalling keeps it unless the user explicitly asks.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\bibliomobile');
    if DirExists(DataDir) and not UninstallSilent then
      if MsgBox(CustomMessage('RemoveData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
