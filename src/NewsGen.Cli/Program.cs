using System;
using System.IO;
using NewsGen.Cli.Checking;

namespace NewsGen.Cli;

/// <summary>The <c>newsgen</c> command-line tool.</summary>
public static class Program
{
    /// <summary>Runs the tool; the exit code is 0 on success, 1 when errors were found, 2 on bad usage or input.</summary>
    public static int Main(string[] args) =>
        NewsGenCommand.Run(args, new CliConsole(Console.Out, Console.Error, Console.OpenStandardOutput, ProgressSettings.Default));

    /// <summary>Runs the tool with the given output streams (tests call this in-process).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout, ProgressSettings? progress = null) =>
        NewsGenCommand.Run(args, new CliConsole(stdout, stderr, openStdout, progress ?? ProgressSettings.Default));
}
