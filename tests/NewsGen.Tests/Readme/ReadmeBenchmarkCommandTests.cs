using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Readme;

/// <summary>
/// The README's benchmark commands take minutes to hours on purpose, so a test cannot run them; what it can do is
/// hold them to the programs they call: the script and its every setting and mode exist as the command writes them,
/// and the benchmark program documents the option. A renamed mode or flag fails here instead of in a reader's shell.
/// </summary>
public sealed class ReadmeBenchmarkCommandTests
{
    private const string Script = "benchmarks/build-cost.sh";

    private const string BenchmarkProgram = "benchmarks/NewsGen.Benchmarks/Program.cs";

    [Theory]
    [InlineData("Performance", 0)]
    [InlineData("Large corpora: the articles in a class library of their own", 0)]
    public void A_build_cost_command_names_only_settings_and_modes_the_script_has(string section, int ordinal)
    {
        string command = Assert.Single(ReadmeSnippetTests.CommandLines(ReadmeDocument.Block(section, "sh", ordinal)));
        string header = ScriptHeader();

        Assert.EndsWith(" " + Script, command, StringComparison.Ordinal);
        foreach (Match setting in Regex.Matches(command, @"(?<name>[A-Z_]+)=(?:""(?<value>[^""]*)""|(?<value>\S+))"))
        {
            string name = setting.Groups["name"].Value;
            Assert.Matches(new Regex(@"^#\s+.*\b" + name + @"\b", RegexOptions.Multiline), header);
            if (name == "MODES")
            {
                Assert.All(setting.Groups["value"].Value.Split(' '), mode => Assert.Matches(new Regex(@"^#\s+" + Regex.Escape(mode) + @"\s", RegexOptions.Multiline), header));
            }
        }
    }

    [Fact]
    public void The_incremental_edit_command_uses_an_option_the_benchmark_program_has()
    {
        string command = Assert.Single(ReadmeSnippetTests.CommandLines(ReadmeDocument.Block("Performance", "sh", 1)));
        Match match = Regex.Match(command, @"^dotnet run -c Release --project (?<project>\S+) -- (?<option>--[a-z-]+) (?<count>\d+) (?<edits>\d+)$");

        Assert.True(match.Success, command);
        Assert.True(Directory.Exists(Path.Combine(RepositoryRoot.Path, match.Groups["project"].Value)), command);
        string program = File.ReadAllText(Path.Combine(RepositoryRoot.Path, BenchmarkProgram));
        Assert.Contains("//   " + match.Groups["option"].Value + " count", program, StringComparison.Ordinal);
        Assert.Contains("args[0] == \"" + match.Groups["option"].Value + "\"", program, StringComparison.Ordinal);
    }

    // The script's usage comment: the lines before the first line of code.
    private static string ScriptHeader() =>
        string.Join("\n", File.ReadLines(Path.Combine(RepositoryRoot.Path, Script)).Skip(1).TakeWhile(line => line.StartsWith('#')));
}
