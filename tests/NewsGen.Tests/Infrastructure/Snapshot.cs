using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Xunit;

namespace NewsGen.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's file conventions: <c>{Class}.{Method}.verified.cs</c> is committed next to
/// the test; on a mismatch the actual text goes to <c>{Class}.{Method}.received.cs</c> (git-ignored) and the
/// test fails. Set NEWSGEN_ACCEPT_SNAPSHOTS=1 to write received text as verified. Verify and
/// Verify.SourceGenerators are not served by the package registry reachable here; with them, this becomes
/// <c>return Verifier.Verify(driver);</c>.
/// </summary>
internal static partial class Snapshot
{
    public static void Verify(string actual, string? name = null, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        string folder = Path.GetDirectoryName(testFile)!;
        string stem = Path.GetFileNameWithoutExtension(testFile) + "." + method + (name is null ? string.Empty : "_" + name);
        string verified = Path.Combine(folder, "Snapshots", stem + ".verified.cs");
        string received = Path.Combine(folder, "Snapshots", stem + ".received.cs");
        string scrubbed = Scrub(actual);

        if (File.Exists(verified) && File.ReadAllText(verified) == scrubbed)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("NEWSGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
            File.WriteAllText(verified, scrubbed);
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, scrubbed);
        Assert.Fail(File.Exists(verified)
            ? $"Snapshot mismatch: compare {received} with {verified}."
            : $"No snapshot yet: review {received} and rename it to {Path.GetFileName(verified)}.");
    }

    // The generator's version changes with every release; snapshots should not.
    private static string Scrub(string text) => VersionPattern().Replace(text, "GeneratedCode(\"NewsGen\", \"{version}\")");

    [GeneratedRegex("GeneratedCode\\(\"NewsGen\", \"[^\"]*\"\\)")]
    private static partial Regex VersionPattern();
}
