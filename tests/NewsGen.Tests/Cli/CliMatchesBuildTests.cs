using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Cli;

/// <summary>
/// <c>newsgen check</c> on a real project on disk against <c>dotnet build</c> of the same project: the same NEWS
/// diagnostics, with the same ids, files, lines, columns, severities and messages. The project is the newsroom
/// layout (nested folders, metadata, reserved names, a duplicate id) under the warning settings whose precedence
/// is the hardest to get right: TreatWarningsAsErrors with WarningsNotAsErrors and a .globalconfig.
/// </summary>
public sealed partial class CliMatchesBuildTests
{
    [Fact]
    public async Task Check_on_a_project_reports_what_dotnet_build_reports()
    {
        WarningVariant variant = WarningVariant.TreatWarningsAsErrorsWithExceptions;
        using var folder = new TempFolder();
        string project = NewsroomProject.Write(folder, variant.ProjectProperties + "<WarningsAsErrors>$(WarningsAsErrors);NEWS009</WarningsAsErrors><NoWarn>$(NoWarn);NEWS007</NoWarn><NewsGenStorage>Bytes</NewsGenStorage>", variant.GlobalConfig);

        CliResult build = await DotNetCli.RunAsync($"build \"{project}\" --nologo -v:q", folder.Path);
        CliRun tool = CliRun.Of("check", project);

        List<string> fromBuild = BuildDiagnostics(build.Output);
        Assert.NotEmpty(fromBuild);
        Assert.DoesNotMatch(@"error CS\d{4}", build.Output);

        // The build does not print suggestions (info) at this verbosity; everything else must match line for line.
        List<string> fromTool = tool.OutLines.Where(line => !line.Contains("): info NEWS", System.StringComparison.Ordinal)).Distinct().Order(System.StringComparer.Ordinal).ToList();
        Assert.Equal(fromBuild, fromTool);
        Assert.Equal(build.ExitCode == 0 ? 0 : 1, tool.ExitCode);

        // The settings at work: NoWarn beats the globalconfig and WarningsAsErrors, WarningsNotAsErrors keeps a warning.
        Assert.DoesNotContain(fromTool, line => line.Contains(" NEWS007: ", System.StringComparison.Ordinal));
        Assert.Contains(fromTool, line => line.Contains("error NEWS009: ", System.StringComparison.Ordinal));
        Assert.Contains(fromTool, line => line.Contains("warning NEWS003: ", System.StringComparison.Ordinal));
        Assert.Contains(fromTool, line => line.Contains("error NEWS008: ", System.StringComparison.Ordinal));

        // The property NewsGen cannot use: NEWS012 about the project, which the build prints as the compiler's (CSC).
        Assert.Contains(project + " : error NEWS012: The MSBuild property NewsGenStorage is set to 'Bytes', which is not Auto, Strings or Utf8. NewsGen uses 'Auto' instead. Fix or remove the setting.", fromTool);
    }

    // MSBuild's lines for NEWS diagnostics, in the tool's canonical form: the help link and the project MSBuild appends
    // removed, and a diagnostic about the project (MSBuild: "CSC : error NEWS012: ... [project]") with the project as origin.
    private static List<string> BuildDiagnostics(string output) =>
        BuildLine().Matches(output)
            .Select(match => match.Groups["place"].Value == "CSC"
                ? $"{match.Groups["project"].Value} : {match.Groups["severity"].Value} {match.Groups["id"].Value}: {match.Groups["message"].Value}"
                : $"{match.Groups["place"].Value}: {match.Groups["severity"].Value} {match.Groups["id"].Value}: {match.Groups["message"].Value}")
            .Distinct()
            .Order(System.StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"^\s*(?:(?<place>/[^\n]+?\(\d+,\d+,\d+,\d+\)): |(?<place>CSC) : )(?<severity>error|warning|info) (?<id>NEWS\d{3}): (?<message>[^\n]*?)(?: \(https?://[^\s)]+\))? \[(?<project>[^\n\]]+)\]\r?$", RegexOptions.Multiline)]
    private static partial Regex BuildLine();
}
