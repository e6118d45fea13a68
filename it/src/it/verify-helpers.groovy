// What the verify scripts share. A script loads it with
//   evaluate(new File(verifyHelpers))
// (verifyHelpers is a script variable of the invoker configuration in it/pom.xml), which puts
// these names into the script's binding:
//   log                  the text of build.log
//   builds               the Maven builds that wrote build.log, in order (split at "Scanning for projects...")
//   expect line          asserts that build.log holds the text
//   expect n, line       asserts that build n (1 = the first) holds the text
//   absent line          asserts that build.log never says the text
//   absent n, line       asserts that build n never says the text
// Maven's transfer lines ("Uploading to", "Downloaded from") are no evidence: Maven 4 leaves them
// out where the environment says CI=true. Assert on what the repositories hold instead.

log = new File(basedir, 'build.log').text
builds = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)

expect = { first, String line = null ->
  if (line == null) {
    assert log.contains(first) : "build.log lacks: " + first
  } else {
    assert builds.size() >= first : "build.log holds " + builds.size() + " builds, not " + first
    assert builds[first - 1].contains(line) : "build " + first + " lacks: " + line
  }
}

absent = { first, String line = null ->
  if (line == null) {
    assert !log.contains(first) : "build.log must not say: " + first
  } else {
    assert builds.size() >= first : "build.log holds " + builds.size() + " builds, not " + first
    assert !builds[first - 1].contains(line) : "build " + first + " must not say: " + line
  }
}
