using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Cli;

/// <summary>
/// The CLI commands README.md and docs/cli.md show, run as written (<c>dotnet run --project src/NewsGen.Cli -- ...</c>
/// in the repository), must print exactly the output block that follows each in the text. The commands and outputs
/// are read from the documents, so the text users copy and the tests cannot drift apart.
/// </summary>
public sealed class CliDocSnippetTests
{
    private const string CommandStart = "dotnet run --project src/NewsGen.Cli -- ";

    // Where the documents write the repository's location in full paths.
    private const string RepositoryPlaceholder = "/path/to/newsgen";

    [Fact]
    public async Task Every_cli_command_in_the_readme_and_docs_prints_the_output_shown_under_it()
    {
        string readme = Read("README.md");
        int section = readme.IndexOf("## Check articles without a build", StringComparison.Ordinal);
        int next = readme.IndexOf("\n## ", section + 1, StringComparison.Ordinal);
        var snippets = Snippets(readme.Substring(section, next - section)).Concat(Snippets(Read("docs/cli.md"))).ToList();

        // The project snippet must be among them, in both documents: it is what this work documents.
        Assert.Equal(2, snippets.Count(s => s.Command.EndsWith(" check samples/NewsGen.Sample.Articles", StringComparison.Ordinal)));
        foreach ((string command, string[] expected) in snippets.Distinct(new SnippetComparer()))
        {
            (int exitCode, string[] output) = await RunAsync(command);
            Assert.True(exitCode == 0, $"{command}: exit {exitCode}\n{string.Join("\n", output)}");
            Assert.Equal(expected.Select(line => line.Replace(RepositoryPlaceholder, RepositoryRoot.Path, StringComparison.Ordinal)), output);
        }
    }

    private static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);

    // A one-line ```sh block that runs the CLI, and the plain ``` block after it.
    private static IEnumerable<(string Command, string[] Expected)> Snippets(string text)
    {
        for (int fence = text.IndexOf("```sh\n", StringComparison.Ordinal); fence >= 0; fence = text.IndexOf("```sh\n", fence + 1, StringComparison.Ordinal))
        {
            int bodyStart = fence + "```sh\n".Length;
            string command = text.Substring(bodyStart, text.IndexOf("\n```", bodyStart, StringComparison.Ordinal) - bodyStart);
            if (!command.StartsWith(CommandStart, StringComparison.Ordinal) || command.Contains('\n', StringComparison.Ordinal))
            {
                continue;
            }

            int output = text.IndexOf("```\n", bodyStart + command.Length + "\n```".Length, StringComparison.Ordinal) + "```\n".Length;
            string expected = text.Substring(output, text.IndexOf("```", output, StringComparison.Ordinal) - output);
            yield return (command, expected.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    private static async Task<(int ExitCode, string[] Output)> RunAsync(string command)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in command.Substring("dotnet ".Length).Split(' '))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        string[] lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();
        return (process.ExitCode, process.ExitCode == 0 ? lines : lines.Append(await error).ToArray());
    }

    private sealed class SnippetComparer : IEqualityComparer<(string Command, string[] Expected)>
    {
        public bool Equals((string Command, string[] Expected) x, (string Command, string[] Expected) y) =>
            x.Command == y.Command && x.Expected.SequenceEqual(y.Expected);

        public int GetHashCode((string Command, string[] Expected) obj) => obj.Command.GetHashCode(StringComparison.Ordinal);
    }
}
