using System;
using System.IO;
using System.Text;
using NewsGen.Cli;
using NewsGen.Cli.Checking;

namespace NewsGen.Tests.Cli;

/// <summary>One in-process run of the <c>newsgen</c> tool: its exit code and everything it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Progress never printed: the tests that are not about progress see only the output.</summary>
    public static ProgressSettings NoProgress { get; } = new(TimeSpan.MaxValue, TimeSpan.MaxValue, () => () => TimeSpan.Zero);

    /// <summary>The lines written to stdout (text writer and raw stream alike).</summary>
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static CliRun Of(ProgressSettings? progress, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var raw = new MemoryStream();
        int exitCode = Program.Run(args, stdout, stderr, () => new NonClosingStream(raw), progress ?? NoProgress);
        return new CliRun(exitCode, stdout.ToString() + Encoding.UTF8.GetString(raw.ToArray()), stderr.ToString());
    }

    public static CliRun Of(params string[] args) => Of(null, args);

    public override string ToString() => $"exit {ExitCode}\n{Out}\n--- stderr\n{Error}";

    // The tool disposes the stream it writes JSON to, as it does stdout; the test still reads it afterwards.
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
