using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NewsGen.Tests.Cli;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Readme;

/// <summary>
/// The README's way to install <c>newsgen</c> as a .NET tool, run as written. (Its <c>dotnet run</c> commands and their
/// output are run by <see cref="Cli.CliDocSnippetTests"/>.)
/// </summary>
public sealed class ReadmeCliTests
{
    private const string Section = "On a project";

    /// <summary>
    /// Packs the tool, installs it with <c>--global</c> into a private tool home (DOTNET_CLI_HOME) and a private
    /// package folder, so that nothing of the machine's own tools or caches takes part, and runs the installed
    /// command on a folder holding the seed.
    /// </summary>
    [Fact]
    public async Task The_tool_installs_from_a_local_package_and_checks_a_folder()
    {
        // The README gives the two commands inline, in one sentence of its CLI section.
        string[] commands = ReadmeDocument.InlineCode(Section).Where(code => code.StartsWith("dotnet pack src/NewsGen.Cli", StringComparison.Ordinal) || code.StartsWith("dotnet tool install", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, commands.Length);
        Assert.StartsWith("dotnet pack src/NewsGen.Cli ", commands[0], StringComparison.Ordinal);
        Assert.StartsWith("dotnet tool install --global ", commands[1], StringComparison.Ordinal);

        // The generator's package is packed first, by the package tests' shared step: packing the tool builds the
        // generator too, and two Release builds of one project at once would race for its output files.
        await Integration.PackedPackage.GetAsync();
        using var folder = new TempFolder();
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_CLI_HOME"] = folder.File("home"),
            ["NUGET_PACKAGES"] = folder.File("packages"),
        };

        // The README's commands run from the repository root; here "src/NewsGen.Cli" and "artifacts" are the
        // repository's project and a private folder, so that the test writes nothing into the clone.
        string pack = commands[0].Substring("dotnet ".Length).Replace("src/NewsGen.Cli", Path.Combine(RepositoryRoot.Path, "src", "NewsGen.Cli"), StringComparison.Ordinal);
        CliResult packed = await DotNetCli.RunAsync(pack, folder.Path, environment: environment);
        Assert.True(packed.ExitCode == 0, packed.ToString());

        CliResult installed = await DotNetCli.RunAsync(commands[1].Substring("dotnet ".Length), folder.Path, environment: environment);
        Assert.True(installed.ExitCode == 0, installed.ToString());

        folder.WriteBytes("articles/" + Seed.FileName, Seed.Bytes);
        string tool = Path.Combine(folder.File("home"), ".dotnet", "tools", "newsgen");
        CliResult checkedFolder = await ProcessRun.RunAsync(tool, "check articles", folder.Path, environment);

        Assert.True(checkedFolder.ExitCode == 0, checkedFolder.ToString());
        Assert.Contains(Path.Combine("articles", Seed.FileName) + "(5,169,5,179): warning NEWS007:", checkedFolder.Output, StringComparison.Ordinal);
    }
}
