using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace NewsGen.Tests.Infrastructure;

/// <summary>Runs a program other than <c>dotnet</c> (an installed tool's command), capturing what it prints.</summary>
internal static class ProcessRun
{
    public static async Task<CliResult> RunAsync(string program, string arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var pair in environment)
        {
            start.Environment[pair.Key] = pair.Value;
        }

        // An installed tool's command is an app host that looks for the runtime where this test's runtime is.
        start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location))))!;
        using Process process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await output + await error);
    }
}
