using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace NewsGen.Tests.Infrastructure;

/// <summary>Runs the real <c>dotnet</c> CLI, as a user or CI would.</summary>
internal static class DotNetCli
{
    // Build servers and reused MSBuild nodes would outlive the command and keep its redirected output open.
    private const string NoSharedCompiler = " -p:UseSharedCompilation=false";

    private const string NoLingeringProcesses = " -nodeReuse:false" + NoSharedCompiler;

    public static async Task<CliResult> RunAsync(string arguments, string workingDirectory, string? packagesFolder = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", IsBuildCommand(arguments) ? WithBuildOptions(arguments) : arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        if (packagesFolder is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packagesFolder;
        }

        foreach (var pair in environment ?? new Dictionary<string, string>())
        {
            start.Environment[pair.Key] = pair.Value;
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await output + await error);
    }

    /// <summary>
    /// The options go to the build, before a <c>--</c> that starts the program's own arguments
    /// (<c>dotnet run -- check</c>). <c>dotnet run</c> hands options it does not know (<c>-nodeReuse</c>) to the
    /// program, so it gets only the compiler option; MSBUILDDISABLENODEREUSE keeps its nodes from lingering.
    /// </summary>
    private static string WithBuildOptions(string arguments)
    {
        string options = arguments.StartsWith("run", StringComparison.Ordinal) ? NoSharedCompiler : NoLingeringProcesses;
        int programArguments = arguments.IndexOf(" -- ", StringComparison.Ordinal);
        return programArguments < 0 ? arguments + options : arguments.Insert(programArguments, options);
    }

    private static bool IsBuildCommand(string arguments) =>
        arguments.StartsWith("build", StringComparison.Ordinal) || arguments.StartsWith("pack", StringComparison.Ordinal)
        || arguments.StartsWith("run", StringComparison.Ordinal);
}

/// <summary>The exit code and everything a CLI command printed.</summary>
internal sealed record CliResult(int ExitCode, string Output)
{
    public override string ToString() => new StringBuilder().Append("exit ").Append(ExitCode).AppendLine().Append(Output).ToString();
}
