namespace NeuronFromScratch.Course;

/// <summary>The pieces of MyNeuron.csx, in the order the notebooks have you write them.</summary>
public enum Piece
{
    /// <summary>σ(z), notebook 1.</summary>
    Sigma,

    /// <summary>dσ/dz, notebook 1.</summary>
    DSigmaDz,

    /// <summary>The constructor, notebook 1.</summary>
    Constructor,

    /// <summary>Forward, notebook 1.</summary>
    Forward,

    /// <summary>Mse, notebook 2.</summary>
    Mse,

    /// <summary>DMseDYHat, notebook 2.</summary>
    DMseDYHat,

    /// <summary>Backward, notebook 3.</summary>
    Backward,

    /// <summary>ResetGrad, notebook 3.</summary>
    ResetGrad,

    /// <summary>Step, notebook 4.</summary>
    Step,

    /// <summary>Train, notebook 4.</summary>
    Train,
}

/// <summary>What the course knows about each piece: the starter's borrowing line, and its name as the learner sees it.</summary>
public static class Pieces
{
    /// <summary>Every piece, in course order.</summary>
    public static IReadOnlyList<Piece> All { get; } = Enum.GetValues<Piece>();

    /// <summary>The piece's name in MyNeuron.csx ("the constructor" for the constructor).</summary>
    public static string Title(this Piece piece) => piece == Piece.Constructor ? "the constructor" : piece.ToString();

    /// <summary>"your Forward", "your constructor".</summary>
    public static string Yours(this Piece piece) => "your " + (piece == Piece.Constructor ? "constructor" : piece.ToString());

    /// <summary>The starter's line that borrows the library's version of the piece, as MyNeuron.csx has it.</summary>
    public static string BorrowingLine(this Piece piece) => piece switch
    {
        Piece.Sigma => "FromLibrary.Sigma(z)",
        Piece.DSigmaDz => "FromLibrary.DSigmaDz(z)",
        Piece.Constructor => "FromLibrary.Initialize(this, featureCount, seed);",
        Piece.Forward => "return FromLibrary.Forward(this, X);",
        Piece.Mse => "FromLibrary.Mse(yHat, y)",
        Piece.DMseDYHat => "FromLibrary.DMseDYHat(yHat, y)",
        Piece.Backward => "FromLibrary.Backward(this, dLossDYHat);",
        Piece.ResetGrad => "FromLibrary.ResetGrad(this);",
        Piece.Step => "FromLibrary.Step(this, learningRate);",
        _ => "return FromLibrary.Train(neuron, X, y, epochs, learningRate);",
    };

    /// <summary>The verdict while a piece still borrows: which line to replace.</summary>
    public static Verdict NotDone(this Piece piece) => NotDone([piece]);

    /// <summary>The verdict while pieces still borrow: which lines to replace.</summary>
    public static Verdict NotDone(IReadOnlyList<Piece> pieces) =>
        Verdict.NotDone(Text.Sentence(pieces.Count == 1
            ? $"{pieces[0].Title()} still borrows the library's version (the line `{pieces[0].BorrowingLine()}` in MyNeuron.csx). "
              + "Replace it with your code, save the file and run this check again."
            : $"{Text.And(pieces.Select(p => p.Title()))} still borrow the library's versions (the lines "
              + $"{Text.And(pieces.Select(p => $"`{p.BorrowingLine()}`"))} in MyNeuron.csx). Replace them with your code, save "
              + "the file and run this check again."));

    /// <summary>The exercise in which you write <paramref name="piece"/>.</summary>
    public static PieceExercise Exercise(this Piece piece) => piece switch
    {
        Piece.Sigma or Piece.DSigmaDz or Piece.Constructor => Ex01.Constructor,
        Piece.Forward => Ex01.Forward,
        Piece.Mse => Ex02.Mse,
        Piece.DMseDYHat => Ex02.DMseDYHat,
        Piece.Backward => Ex03.Backward,
        Piece.ResetGrad => Ex03.ResetGrad,
        Piece.Step => Ex04.Step,
        _ => Ex04.Train,
    };
}
