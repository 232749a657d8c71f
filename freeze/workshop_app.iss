; Inno Setup script of the Windows installer; build_installer.py fills in the @...@ placeholders and runs iscc.
; Per-user by default (no administrator rights needed on a borrowed laptop).
[Setup]
AppId={{4F7D2C61-8B0A-4E7F-9C3D-2A51B6E0F9A4}
AppName=Workshop App
AppVersion=@VERSION@
AppPublisher=URBACT
DefaultDirName={autopf}\WorkshopApp
DefaultGroupName=Workshop App
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=@OUTPUT_DIR@
OutputBaseFilename=@OUTPUT_NAME@
SetupIconFile=@ICON@
UninstallDisplayIcon={app}\WorkshopApp.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "@SOURCE_DIR@\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Workshop App"; Filename: "{app}\WorkshopApp.exe"
Name: "{autodesktop}\Workshop App"; Filename: "{app}\WorkshopApp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\WorkshopApp.exe"; Description: "{cm:LaunchProgram,Workshop App}"; Flags: nowait postinstall skipifsilent
