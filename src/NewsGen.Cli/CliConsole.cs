using System;
using System.IO;
using NewsGen.Cli.Checking;

namespace NewsGen.Cli;

/// <summary>Where the tool writes, and the clock its progress messages go by; tests pass their own.</summary>
/// <param name="Out">Text output.</param>
/// <param name="Error">Messages and progress.</param>
/// <param name="OpenStdout">The raw standard output, for UTF-8 JSON written without a second encoding step.</param>
/// <param name="Progress">When progress is printed on <paramref name="Error"/>.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStdout, ProgressSettings Progress);
