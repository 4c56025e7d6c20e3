-- Content migration (written by scripts/write-content-migration.ts, 1e21e2b → 20261201080000_content_claims_and_safety).
-- The seed only creates what is missing, so changed seed copy reaches an
-- existing database here. Each field is updated only while it still equals
-- the text the old seed wrote (compared by MD5, or as JSON); a field staff
-- have edited since is left alone and named in a NOTICE, which the migration
-- runner prints and keeps in "_prisma_migrations".logs.

CREATE TEMP TABLE "_content_change" (
  seq       serial PRIMARY KEY,
  tbl       text NOT NULL,
  slug      text NOT NULL,
  col       text NOT NULL,
  is_json   boolean NOT NULL,
  old_md5   text,
  old_json  text,
  new_value text
) ON COMMIT DROP;

INSERT INTO "_content_change" (tbl, slug, col, is_json, old_md5, old_json, new_value) VALUES
  ('Article', 'desk-posture-and-the-ql', 'bodyMarkdown', false, '8ff6d0cc656130d2b1a3c3b72dbe0e2a', NULL, $qlc$## The slowest injury in the world

Nobody ever hurt their back in a single afternoon of spreadsheets. That's what makes desk work so easy to dismiss. There's no dramatic moment, no heavy box, no slip on the ice. You sit down, you work, you go home.

But back spasms don't only come from big events. One of the two broad ways they get triggered is accumulated stress over a long time, and slouching at a desk for years is one of the classic examples. It adds up so slowly that you don't notice it adding up at all. Then one day you bend to pick something up, your back locks, and you're left wondering what on earth you did.

I spent most of my working life at a desk, with a QL that was tight more often than not. So this one is personal.

## Meet the QL

The [quadratus lumborum](/muscles/quadratus-lumborum), or QL, sits deep in your lower back, one on either side of the lumbar spine, between your lowest rib and the top of your pelvis. It's a key muscle for keeping the spine stable.

That stabilising role is the whole point here. The QL is one of the first muscles to lock up when your body thinks the spine's integrity is under threat. It clamps down and holds everything stiff. That's a sensible reaction to a fall. It's a less welcome one when the "threat" is a build-up of load from years of sitting in the same slumped shape.

## How sitting adds up

Think of it like a bank account you only ever pay into. Every long stretch spent slouched, every afternoon without getting up, every time you sit twisted to one side because the screen's in an awkward spot, it all goes in. None of it feels like anything on the day.

Over years, that balance grows. Muscles like the QL, which are there to stabilise the spine, spend a lot of time working in positions they don't love. When the balance gets big enough, it doesn't take much to trigger a spasm. A sneeze. Reaching for the kettle. Picking up a sock. The movement that finally sets things off is the last straw, not the cause, which I've written about in [the last straw spasm](/blog/the-last-straw-spasm).

### Don't forget the hip flexors

Sitting also means spending hours with your hips bent, which keeps your hip flexors in a shortened position. Tight hip flexors are one common explanation for back spasms. The psoas attaches to the front of the lumbar vertebrae, and the idea goes that when it's tight it pulls on the spine from the front while your back muscles, the QL among them, tighten to balance the pull. Research hasn't pinned posture down as a strong cause of back pain, so hold the idea loosely, but it's one reason a long day at a desk might load your back from both directions. The details are in [hip flexors and anterior pelvic tilt](/blog/hip-flexors-and-anterior-pelvic-tilt).

## Desk habits that actually stick

I'm not going to tell you to sit bolt upright like a Victorian schoolchild all day. I tried that. It lasted about eleven minutes. The most useful thing I learned is that there's no single perfect posture. A good rule of thumb is that your next position is a better one than the one you're in, because it's the long, unbroken hours in one shape that wear on you.

Here's what's worked for me and what I'd suggest trying.

### Move more often

- **Get up regularly.** Every half hour to an hour, stand up, walk to get water, stretch your legs. A timer helps, because you won't remember on your own. Nobody does.
- **Take calls on your feet.** Phone calls are a free excuse to stand or pace around.
- **Put things slightly out of reach.** The printer, the water bottle, the bin. Small annoyances that make you stand up are your friends.
- **Walk at lunch.** Even ten minutes outside breaks up the day nicely.

### Set up the desk so you're not fighting it

- **Screen in front of you, at about eye height.** If your monitor is off to one side, you'll sit twisted for hours without noticing. A laptop on a stand with a separate keyboard beats hunching down over it.
- **Chair close to the desk.** Perching on the front edge and leaning forward to reach the keyboard is a fast track to slouching.
- **Feet supported.** Flat on the floor or on a footrest, rather than tucked under the chair or dangling.
- **Back supported.** If your chair has lower back support, use it. If not, a small cushion or rolled towel behind your lower back can make it easier to sit without sagging.
- **Sit square.** Try not to sit with your weight on one hip or with one leg tucked under you for long stretches. I know, it's comfy. So is the sofa, and we've all seen how that goes.

### Vary how you work

If you have a standing desk, use it, but don't swap eight hours of sitting for eight hours of standing. The aim is variety. Sit for a while, stand for a while, move in between.

## When your back is already talking to you

Desk habits are about stopping the balance from growing. If you're already in the middle of a spasm, the priorities are different: back off what aggravates it, keep moving gently in whatever way you can tolerate, and think about physical therapy. If the pain keeps coming back, it deserves an assessment by a back-pain professional and an active recovery plan, rather than just another new chair. There's more on that, and on the warning signs to watch for, in [what sets off a lower-back spasm](/blog/what-sets-off-a-lower-back-spasm).

And if you've been sitting for years, it's worth taking an honest look at your core strength. Core weakness is one of the underlying reasons that can sit under back spasms, and a physio can give you a sensible place to start.

## Where QL Claw fits

For me, the missing piece was being able to do something about a tight QL at the end of a long day, without booking an appointment every time. The QL sits deep, and I never managed to get decent pressure into it with my fingers while twisted round like a pretzel.

That's why I made QL Claw. It's a hand-held tool for giving a deep massage to the QL, and also to the hip flexors that sitting tends to tighten: the [psoas](/muscles/psoas) and the [iliacus](/muscles/iliacus). A few minutes in the evening lets you give steady pressure to muscles that have been holding on all day. It's not a medical device, and it won't make a bad chair good, but it's a practical thing to pair with better desk habits. The hip flexors need light pressure and a few checks first, so read [who shouldn't use it](/products/ql-claw#who-shouldnt-use-it) before you try them.

If you spend your days at a desk, [take a look at QL Claw](/products/ql-claw). It's covered by a 60-day money-back guarantee, and it ships fast and tracked to 24 countries.
$qlc$),
  ('Article', 'hip-flexors-and-anterior-pelvic-tilt', 'excerpt', false, '8f708b0b869087b592810a2bef435043', NULL, $qlc$One common explanation says the trouble in your lower back can start at the front. How tight hip flexors may tip the pelvis forward and deepen the arch, and how much weight to give the idea.$qlc$),
  ('Article', 'hip-flexors-and-anterior-pelvic-tilt', 'seoDescription', false, 'b17b031edf44e0c3f77a054a8c170bf9', NULL, $qlc$How tight psoas and iliacus muscles are thought to tilt the pelvis forward and deepen the low back arch, what the research says, and how to work on them with care.$qlc$),
  ('Article', 'hip-flexors-and-anterior-pelvic-tilt', 'bodyMarkdown', false, '2042eadac4c19736f424c679b6bac7e5', NULL, $qlc$## The back pain that starts at the front

For years I thought of my lower back as a lower back problem. Sore back, work on the back. Makes sense, right? What I didn't realise was that a big part of the story was happening on the other side of my body, in muscles I'd barely heard of.

Tight hip flexors are one common explanation for low back spasms. They're easy to overlook because they live at the front of your hips, deep inside, and you rarely feel them directly. If they play a part, what you feel is the knock-on effect in your back.

## Meet the two hip flexors that matter here

You have several hip flexors, but two matter most for your lower back.

The [psoas](/muscles/psoas) runs from the front of your lumbar vertebrae, down through the pelvis, to the top of your thigh bone. That attachment to the lower spine is the important bit. It means the psoas isn't just a hip muscle; it has a direct grip on your lower back. When it's under stress, it can restrict how freely your low back moves, and it's the muscle people most often mention alongside back pain.

The [iliacus](/muscles/iliacus) is its partner. It attaches to the inside of the pelvis, lining the bowl of the hip bone, and joins the psoas on the way down to the thigh. The two work so closely together that they're often called by one name, the iliopsoas. A tight iliacus feels almost the same as a tight psoas, so you'll often hear them talked about as a pair.

## What anterior pelvic tilt looks like

Picture your pelvis as a bowl full of water. In a neutral position, the water stays in. In an anterior pelvic tilt, the bowl tips forward and the water spills out the front.

When the pelvis tips forward like that, the lower back follows it and takes on an exaggerated arch. People with this pattern often notice:

- a bigger-than-usual curve in the lower back
- a belly that pokes forward even when they're not carrying much extra weight
- a bottom that sticks out behind
- a feeling that the lower back is "jammed" or tired after standing for a while

Tight hip flexors are often seen together with this tilt. That doesn't mean everyone with a curvy lower back has a problem, or that a tilt on its own explains your pain. Bodies vary a lot. It's a pattern worth knowing about, not a diagnosis.

If you want a rough look at your own posture, stand side-on to a mirror in your normal relaxed stance and see what your pelvis and lower back are doing. It's a crude check at best. A physical therapist can assess it properly and tell you whether it's actually relevant to your back.

## The tug of war around your lumbar spine

Here's one common explanation. Once it clicked for me, a lot of my own back made sense, but it's worth knowing up front that research finds posture and pelvic tilt to be weak predictors of back pain. Take it as a possibility to explore with a professional, not as how backs work.

The psoas attaches to the front of the lumbar vertebrae. When it's tight, it pulls on those vertebrae from the front. Your spine can't just let itself be dragged forward, so the muscles at the back tighten up to balance the pull. The [quadratus lumborum](/muscles/quadratus-lumborum) is one of the main players there, since it's so central to keeping the spine stable.

So now you have muscles at the front pulling and muscles at the back pulling against them. Nothing moves much, but both sides are working hard all day long. It's a tug of war with your lumbar spine as the rope.

The back muscles are in a tough spot. They're already working overtime, and they're also the ones that lock up when the body thinks the spine is under threat. Stack up enough stress and it doesn't take much for them to tip into a spasm. Which, from the inside, feels exactly like "my back has gone", even though the front played a big part in getting it there.

## How hip flexors get tight in the first place

There's rarely one single reason, but a few things come up again and again:

- **Lots of sitting.** Hours with your hips bent keep the hip flexors in a shortened position. If you work at a desk, [desk posture and the QL](/blog/desk-posture-and-the-ql) has some practical habits.
- **Core weakness.** When the trunk muscles aren't doing their share, other muscles, the hip flexors among them, may pick up the slack. Core weakness is also one of the common underlying reasons for back spasms in its own right.
- **Stress on the back.** When the psoas is under stress, it tightens and restricts movement in the low back, so it can be both a cause and a result of back trouble.

## What to do about it

If the tug-of-war explanation fits you, it has two ends, and working on only one of them may not be enough. Some sensible steps:

- **Don't only focus on the back.** If you suspect your hip flexors are involved, give the front of your hips some attention too.
- **Break up long sitting.** Standing up and walking around regularly is a simple, free way to stop the hip flexors spending all day shortened.
- **Get a proper assessment.** A physical therapist can check whether a pelvic tilt and tight hip flexors are actually part of your picture, and give you a plan. That plan will often include strengthening as well as massage, because a tight muscle is often only half of the story.
- **Take recurring pain seriously.** If your back keeps going into spasm, it deserves an assessment by a back-pain professional and an active recovery plan. [What sets off a lower-back spasm](/blog/what-sets-off-a-lower-back-spasm) covers the other underlying causes and the warning signs that mean you should call a doctor promptly.

## Where QL Claw fits

The psoas and iliacus are some of the hardest muscles in the body to reach on your own. They sit deep, behind the contents of your belly or tucked inside the rim of the pelvis, and fingers get tired long before they get anywhere useful. I know, because I tried for years.

QL Claw is the hand-held tool I built to get a deep massage into exactly these places, and into the QL at the back, so you can work both ends of the tug of war. At the front, use light pressure only, never your body weight, and move away if you feel a pulse: follow the steps in the [psoas](/muscles/psoas) and [iliacus](/muscles/iliacus) guides, and read [who shouldn't use it](/products/ql-claw#who-shouldnt-use-it) first. It's not a medical device and it won't replace a physio's plan, but it is a practical way to give tight hip flexors gentle, steady pressure at home.

If the front of your hips sounds like a missing piece for you, [have a look at QL Claw](/products/ql-claw). There's a 60-day money-back guarantee if it turns out not to be for you.
$qlc$),
  ('Article', 'lifting-injuries-and-the-gluteus-medius', 'bodyMarkdown', false, 'd8a1f4c765593c95e0e6bfdc224ee6e2', NULL, $qlc$## The lift you remember

Most back spasms creep up on you. This kind doesn't. You were moving a sofa, hauling a suitcase out of the boot, or trying to impress someone at the gym, and you felt it go. There's a before and an after, and you know exactly where the line is.

That's what a single high-impact event looks like. It's one of the two broad triggers for back spasms, alongside the slow build-up of stress over years. Lifting something very heavy sits on the same list as car crashes, falls and badly landed jumps. The cause is obvious, which is almost reassuring, because at least you're not left wondering.

## Why your back locks up

A spasm is a protective reflex. When your nervous system decides the spine is under threat of damage, the muscles around it tighten hard to keep it stiff and safe. After a big lift goes wrong, that threat feels very real to your body, so it reacts fast and firmly.

The [quadratus lumborum](/muscles/quadratus-lumborum) is usually near the front of the queue. It's deep in your lower back on either side of the spine, it's a key muscle for spinal stability, and it locks up readily whenever the spine's integrity looks threatened. But after a lifting injury it rarely works alone.

## Meet the gluteus medius

The [gluteus medius](/muscles/gluteus-medius) sits in the upper, outer part of your buttock. Put your hands on your hips and feel for the bony rim of your pelvis; the glute med sits just below it, on the side and a little towards the back.

Its main job is stabilising the pelvis. Every time you stand on one leg, take a step, or shift your weight while carrying something, the glute med is working to stop your pelvis from dropping or swaying. It's also heavily involved in lifting, because lifting anything means keeping the pelvis steady under load.

That's why lifting injuries so often involve the glute med. It was working hard at the exact moment things went wrong. And after a single-event spasm, it can lock up in its own right, becoming one more muscle that's tight, sore and guarding.

People often don't suspect it. They feel their back, they focus on their back, and only later discover that pressing into the side of their bum produces a very particular kind of ache. If you've had a lifting injury and the upper outer buttock feels tight or tender, the glute med is worth a look.

## Why bending feels threatening afterwards

This is the part that catches most people out. The initial spasm eases, you think you're on the mend, and yet bending over still feels wrong. Leaning over the bathroom sink. Loading the dishwasher. Putting your socks on. Your back stiffens up or twinges at the thought of it.

Here's what's going on. After a lifting injury, the body can go on regarding bending over as a threat for a while. It remembers what happened last time you bent and lifted, and it tightens up to stop you doing it again. It's the same protective reflex as the original spasm, just with a longer memory.

I find it helps to see this for what it is: a cautious nervous system, not necessarily ongoing damage. That said, "it's probably just guarding" is not a reason to skip getting checked, particularly if it isn't improving. Which brings us to what to do.

## What to do after a lifting injury

### In the first days

- **Relative rest.** Back off the activities that clearly aggravate it, especially lifting and anything that makes the pain spike. Relative rest doesn't mean staying in bed all week.
- **Gentle activity.** Keep moving in whatever way you can tolerate. Walking, even slowly, is usually a good place to start.
- **Know the warning signs.** Most back spasms are mechanical and settle, but some symptoms mean you should contact a doctor promptly. They're listed in [what sets off a lower-back spasm](/blog/what-sets-off-a-lower-back-spasm).

### In the weeks after

- **See a physical therapist.** They can work out what was strained, help the episode settle and, importantly, help you get comfortable with bending again in a gradual, controlled way, so your body learns that it's safe.
- **Deal with the root cause.** The spasm is a symptom. A muscle strain, a weak core or poor lifting technique are all worth addressing so the same lift doesn't catch you out twice.
- **Get assessed if it keeps coming back.** Recurring back pain deserves an assessment by a back-pain professional and an active recovery plan.

## Lifting habits worth building

A single bad lift is one route into a spasm. Lifting with poor form again and again is another, because that's how stress accumulates until something small tips it over. Either way, how you lift matters. A few habits I've adopted, later than I'd like to admit:

- **Keep the load close.** The further something is from your body, the heavier it effectively gets.
- **Bend at the hips and knees.** Rather than folding forward from the lower back with straight legs.
- **Don't lift and twist at the same time.** Lift, then turn with your feet.
- **Test the weight first.** Tip the box or nudge the bag before committing to it. Some things are heavier than they look. Looking at you, bag of compost.
- **Ask for help or use a trolley.** It's not a sign of weakness. It's a sign you'd quite like to walk upright next week.

If you're not sure your technique is right, a physical therapist or a good coach can check it.

## Where QL Claw fits

After a lifting injury, the glute med and the QL can be the two spots that stay tight long after the worst has passed. Both are awkward to reach on your own, and the glute med in particular needs more pressure than tired thumbs can give.

QL Claw is the hand-held tool I made for exactly that: a deep massage for the [gluteus medius](/muscles/gluteus-medius), the [QL](/muscles/quadratus-lumborum), and the two hip flexors, the psoas and iliacus. Once the early, angry phase has settled, it's a practical way to give steady pressure to muscles that are still holding on. The hip flexors at the front take light pressure only, so read [who shouldn't use it](/products/ql-claw#who-shouldnt-use-it) before you go there. It's not a medical device and it doesn't replace a physio, but it fits nicely alongside one.

If that sounds useful, [here's QL Claw](/products/ql-claw), with a 60-day money-back guarantee and support from real people on weekdays.
$qlc$),
  ('Article', 'lower-back-muscle-spasms', 'excerpt', false, '81475aa26ee78fe2e9ec62cd6bbb5c29', NULL, $qlc$A back spasm is often explained as your body slamming on the brakes. Meet four muscles that often do the braking, the two ways it gets set off, and where deep self-massage fits.$qlc$),
  ('Article', 'lower-back-muscle-spasms', 'seoTitle', false, '00fc3a53b6cb0004cf8899bd9c7b6ef4', NULL, $qlc$Lower back muscle spasms and four muscles often involved$qlc$),
  ('Article', 'lower-back-muscle-spasms', 'seoDescription', false, '38183bf9dcb39af748d673676a12f669', NULL, $qlc$What a lower back spasm is thought to be, four muscles often involved, the two ways spasms get triggered, and where deep self-massage fits in.$qlc$),
  ('Article', 'lower-back-muscle-spasms', 'bodyMarkdown', false, 'f40f822b932abaa7149a2cff2b487e4d', NULL, $qlc$## What a back spasm actually is

If you've had one, you already know the feeling. One moment you're fine, the next your lower back has seized like a rusty gate and even turning over in bed needs a plan. If you haven't had one, congratulations, and please keep reading anyway.

I spent years on the receiving end of these. Tightness that never quite went away, and every so often a proper lock-up that had me walking like I'd aged thirty years overnight. What finally helped me make sense of it was learning *why* it happens, because once you know what your body is trying to do, the whole thing stops feeling so random.

Here's the short version, as it's commonly explained and as I've come to understand it. A spasm is a protective reflex. When your nervous system decides the spine is under threat of damage, the muscles around it tighten up hard (the technical phrase is "raising their tone") to hold everything stiff and safe. Think of it as a splint your body builds in a hurry, out of muscle, without asking you first.

That splint has good intentions. The trouble is that it can be overkeen, it can hurt a lot, and it can hang around well after the original threat has passed. So the muscles doing the guarding become the thing you notice most.

## Four muscles that often take part

A whole team of muscles can join in, but in my experience four turn up again and again. That's a common way of looking at it, not settled science. Two are in the back and buttock, two are hip flexors hiding at the front. Each has its own guide if you want the details.

### Quadratus lumborum (QL)

The QL sits deep in your lower back, one on either side of the lumbar spine, filling the space between your lowest rib and the top of your pelvis. It's one of the key muscles for keeping the spine stable, which is exactly why it locks up so readily. The moment the spine's integrity looks threatened, the QL clamps down and holds things rigid. It's the muscle this whole brand is named after, and the one that gave me the most grief. More in the [QL guide](/muscles/quadratus-lumborum).

### Gluteus medius

The glute med lives in the upper, outer part of your buttock. Its day job is keeping your pelvis steady, whether you're walking, standing on one leg or picking something up. Because it's so involved in lifting, it's often caught up in lifting injuries, and it can lock up on its own after a single-event spasm. People often don't realise it's involved until they press on it and say a word I won't print here. See the [gluteus medius guide](/muscles/gluteus-medius).

### Psoas

The psoas is a hip flexor, but it attaches to the front of your lumbar vertebrae, so it has a direct line to your lower back. When it's under stress it can restrict how well your low back moves. Of the muscles on this list, it's the one people most often mention alongside back pain, even though it sits at the front of the body. Read the [psoas guide](/muscles/psoas).

### Iliacus

The iliacus is the psoas's close partner. It's also a hip flexor, and it attaches to the inside of your pelvis, lining the bowl of the hip bone. The two work together so closely that they often get one name, the iliopsoas, and a tight iliacus feels almost exactly like a tight psoas. The [iliacus guide](/muscles/iliacus) explains how to tell them apart, as far as anyone can.

## Two ways a spasm gets triggered

Spasms usually arrive by one of two routes. Knowing which one you're on helps you work out what to do next.

### Route one, the single big event

This is the obvious one. A car crash. Lifting something far too heavy. A fall, or landing badly from a jump. Your body registers a real threat to the spine and slams on the brakes. Nobody has to wonder what caused it.

One thing that surprises people: after a lifting injury, the body can go on regarding bending over as a threat for a while, and tightens to stop you doing it. That's why the simple act of leaning over the sink can feel risky for days or weeks afterwards. I've written more about that in [lifting injuries and the gluteus medius](/blog/lifting-injuries-and-the-gluteus-medius).

### Route two, the slow build-up

This is the sneaky one, and in my experience the more common. Stress accumulates over a long time: years of slouching at a desk, lifting with poor form again and again, repetitive manual work. Everything seems fine. Then one morning you bend down to pick up a sock and your back goes off like a car alarm, at something like 8/10 on the pain scale.

It's very tempting to blame the sock. But the sock was the last straw, not the cause. The load had been building for ages, and that small movement just happened to be the one that tipped it over. There's a whole article on this in [the last straw spasm](/blog/the-last-straw-spasm), and another on how [desk posture loads the QL](/blog/desk-posture-and-the-ql).

## Don't forget the front of the hips

Tight hip flexors are another common explanation, and they're easy to miss because, if they play a part, you feel the result in your back. They often show up alongside an anterior pelvic tilt, where the pelvis tips forward and the lower back takes on an exaggerated arch.

Remember that the psoas attaches to the front of the lumbar vertebrae. The idea is that when it's tight, it pulls on the spine from the front, your back muscles tighten to balance that pull, and you end up with a tug of war around your lumbar spine. Research rates posture as a weak predictor of back pain, so see it as one possible factor rather than the whole story. The full story is in [hip flexors and anterior pelvic tilt](/blog/hip-flexors-and-anterior-pelvic-tilt).

## The spasm is a symptom, not the whole story

It's worth being honest about this. A spasm is your body's response to something, so it helps to know what the something is. Besides the triggers above, the underlying reasons for back spasms include:

- a muscle strain
- osteoarthritis in the facet joints, the small joints at the back of the spine
- spinal stenosis, a narrowing of the spaces in the spine
- a herniated disc
- weakness in the core

You can't sort those out by guessing, which is why a proper assessment matters. The good news is that most episodes are mechanical rather than serious, and settle with relative rest from whatever aggravates them, gentle activity such as walking, and physical therapy. Deal with the root cause of the episode and the spasm has nothing left to protect against.

If your back pain keeps coming back, please get it looked at by someone who specialises in back pain and ask for an active recovery plan. I wish I'd done that years earlier than I did. There are also a few warning signs that mean you should contact a doctor promptly rather than wait it out; I've listed them in [what sets off a lower-back spasm](/blog/what-sets-off-a-lower-back-spasm).

## Where QL Claw fits

I made QL Claw because I couldn't find anything that reached these muscles properly. Fingers get tired, and you simply can't get good leverage on your own QL or the inside of your pelvis with your hands. Nothing I tried got deep enough into the right spots.

So here's what it is and what it isn't. QL Claw is a hand-held tool for giving a deep massage to all four of the muscles in this article: the QL, the gluteus medius, the psoas and the iliacus. It lets you find the tight spot yourself and apply steady, controlled pressure there. On the psoas and iliacus that pressure stays light, and a few people should check with a doctor first: see [who shouldn't use it](/products/ql-claw#who-shouldnt-use-it). It is not a medical device and it doesn't replace a diagnosis or a physio. What it does give you is a way to work on tight muscles at home, on your own schedule, between everything else you're doing for your back.

If that sounds like the tool you've been looking for, you can [see QL Claw here](/products/ql-claw). It comes with a 60-day money-back guarantee, so if it isn't for you, send it back within 60 days of delivery.
$qlc$),
  ('Article', 'the-last-straw-spasm', 'bodyMarkdown', false, '1ed699aeaced413c997fd3e1db1fb958', NULL, $qlc$## Defeated by a sock

Let me paint you a picture. It's a normal morning. You've done nothing unusual. No heavy lifting yesterday, no fall, no new gym routine. You bend down to pick up a sock, and your lower back goes off like someone's pulled a fire alarm. Suddenly you're holding onto the chest of drawers, breathing carefully, rating the pain at about 8/10 and wondering how a piece of laundry managed this.

If that sounds familiar, you're far from alone. It's one of the classic ways a back spasm turns up. The movement is so small and the reaction so big that it feels absurd, and sometimes a bit frightening.

## The last straw, not the cause

There are two broad ways a back spasm gets triggered. The first is a single high-impact event, like a car crash, a heavy lift or a fall, where the cause is obvious. The second is accumulated stress over a long time, and this is where the sock comes in.

Think about what years of ordinary life can pile onto your lower back:

- slouching at a desk, day after day, for years
- lifting with poor form again and again, whether boxes, children or shopping
- repetitive manual work that loads the same tissues in the same way

None of these hurt much at the time. Everything seems fine. But the stress builds, like water filling a glass one drop at a time. For a long while, nothing spills. Then one more drop arrives, and over it goes.

The sock was that last drop. It was the last straw, not the cause. If you'd bent down for that same sock five years earlier, with less in the glass, nothing would have happened.

This matters because it points you in the right direction. If you blame the sock, you'll spend the next month bending down very carefully and change nothing else. If you understand the glass was already full, you'll start asking better questions about what filled it.

## Why such a small move can hurt so much

It's natural to assume that pain scales with damage. Big pain, big damage. But a spasm doesn't really work like that.

A spasm is a protective reflex. When your nervous system senses the spine is under threat of damage, the muscles around it tighten hard to keep it stiff and safe. By the time the glass is full, your body is already on high alert, and a movement that tips things over can trigger a full-blown protective response. The intensity tells you how strongly your body is guarding, not how big the sock was.

The muscles doing that guarding are usually the same familiar crew. The [quadratus lumborum](/muscles/quadratus-lumborum) locks up readily when the spine's integrity seems under threat. The [psoas](/muscles/psoas) restricts movement in the low back when it's under stress, and its partner the [iliacus](/muscles/iliacus) often joins in. The [gluteus medius](/muscles/gluteus-medius) can be involved too, especially if lifting has been part of your history.

None of this is a reason to ignore severe pain. It's a reason not to panic about it.

## What to do in the first few days

Here's a practical plan for the first days after a last-straw spasm.

### First, check for the warning signs

Most back spasms are mechanical and not serious, and they settle. But a few signs change the plan. Changes in how your bladder or bowel works, or numbness or tingling in the groin, need urgent care the same day. Contact a physician promptly rather than wait if the pain keeps you awake all night, or comes with weight loss or gain you can't explain, new or worsening weakness in a leg, a fever or feeling unwell, a history of cancer, or if it started after a significant fall or accident. If any of those apply, get checked. [What sets off a lower-back spasm](/blog/what-sets-off-a-lower-back-spasm) has more on these.

### Back off what aggravates it

Relative rest is the aim. That means avoiding the movements and activities that clearly make it worse for now, not retiring to bed for a week. If bending is the problem, find ways around it for a few days. Sit down to put your socks on. You've earned it.

### Keep gently moving

Move in whatever way you can tolerate. Short, slow walks around the house or down the street are a good start. Gentle movement shows your body that moving is safe, which is exactly the message an over-protective back needs. Expect it to feel stiff; you're aiming for "a bit better than lying still", not a personal best.

### Find positions that help

Experiment with positions for resting and sleeping. Many people find lying on their side with a pillow between the knees, or on their back with a pillow under the knees, more comfortable. Go with whatever eases things for you.

### Go easy on deep pressure at first

In the first day or two, a muscle in full spasm can be very sensitive. If you want to use massage, keep it gentle, or leave the angriest spot alone until it has calmed down enough to tolerate pressure. Deep work is usually more welcome once the worst has passed.

### Think about physical therapy

If things aren't clearly settling, or you're not sure what you're dealing with, book in with a physical therapist. They can help the episode settle and start working out what filled the glass in the first place.

## After the first days, look at the glass

Once you're moving more freely, it's tempting to forget all about it. Please don't. The spasm is a symptom, and dealing with whatever set off the episode is what lets it settle for good. Ask yourself what has been filling your glass:

- Long hours at a desk? See [desk posture and the QL](/blog/desk-posture-and-the-ql).
- Tight hip flexors and a deep arch in your lower back? See [hip flexors and anterior pelvic tilt](/blog/hip-flexors-and-anterior-pelvic-tilt).
- Years of lifting with questionable form? See [lifting injuries and the gluteus medius](/blog/lifting-injuries-and-the-gluteus-medius).

The underlying reasons can also include a muscle strain, facet joint osteoarthritis, spinal stenosis, a herniated disc or core weakness, which is why recurring back pain deserves an assessment by a back-pain professional and an active recovery plan. If this is your second or third sock incident, that's your cue.

## Where QL Claw fits

Emptying the glass is a long game, and a big part of it is moving well, getting stronger and sorting out whatever filled it. Part of it, for me, was also regularly working on the muscles that were always tight and always first to guard.

That's what QL Claw is for. It's a hand-held tool that lets you give a deep massage to the QL, the gluteus medius, the psoas and the iliacus, the muscles you can't reach properly with your own hands. Used regularly once the acute phase has passed, it's a simple way to give those muscles steady pressure at home, lightly at the front of the hip (read [who shouldn't use it](/products/ql-claw#who-shouldnt-use-it) first). It isn't a medical device and it won't stand in for an assessment, but it's a useful tool to have in the drawer next to the socks.

You can [find QL Claw here](/products/ql-claw). It comes with a 60-day money-back guarantee, and real people on support on weekdays if you want to ask anything first.
$qlc$),
  ('Article', 'why-you-get-low-back-spasms', 'slug', false, 'fb4772e319970ae67380a4dd52e47ece', NULL, $qlc$what-sets-off-a-lower-back-spasm$qlc$),
  ('Article', 'what-sets-off-a-lower-back-spasm', 'title', false, 'c8ef4dd82f0ac6a3ba2905b2b84d7feb', NULL, $qlc$What sets off a lower-back spasm, and when to worry$qlc$),
  ('Article', 'what-sets-off-a-lower-back-spasm', 'excerpt', false, '88ad9919cd03be67ada14b49738b5e12', NULL, $qlc$Your back doesn't seize up to ruin your week. One common explanation is that it's trying to protect you. What tends to set a spasm off, the signs that mean a doctor, and what usually helps it settle.$qlc$),
  ('Article', 'what-sets-off-a-lower-back-spasm', 'seoTitle', false, 'f05201028d0d172ad4b8e75be70e156e', NULL, $qlc$What sets off a lower-back spasm, and when to see a doctor$qlc$),
  ('Article', 'what-sets-off-a-lower-back-spasm', 'bodyMarkdown', false, '98e017fb40361553b1e628bb2c56deba', NULL, $qlc$## Your back is trying to protect you

Nobody enjoys a back spasm, so it feels odd to say this, but the spasm may well be on your side. The most common way of explaining it, and the one that matches my own experience, is as a protective reflex. When your nervous system senses that the spine is under threat of damage, the muscles around it tighten, raising their tone to hold the spine stiff and keep it safe.

It's a bit like a bouncer who has decided nobody's getting in tonight. Useful in a real emergency. Less useful when he's still blocking the door three days later and you just want to put your shoes on.

Understanding this changes how you approach a spasm. You're not fighting a muscle that has gone rogue. You're dealing with a muscle that's been given a job, and the aim is to convince your body the job is done.

## What sets it off

There are two broad ways a spasm gets triggered.

The first is a **single high-impact event**: a car crash, lifting something very heavy, a fall or a badly landed jump. The cause is obvious, and the body's reaction makes sense. After a lifting injury in particular, your body can regard bending over as a threat for a while afterwards, and tightens up to stop you doing it. More on that in [lifting injuries and the gluteus medius](/blog/lifting-injuries-and-the-gluteus-medius).

The second is **accumulated stress over a long time**. Slouching at a desk for years. Lifting with poor form again and again. Repetitive manual work. For ages everything seems fine, and then a trivial movement, like bending down to pick up a sock, sets off a spasm at something like 8/10. The sock gets the blame, but it was only the last straw. I've written a whole piece on that in [the last straw spasm](/blog/the-last-straw-spasm).

## The hip flexor connection

This is the one that took me longest to understand, because it happens at the front of your body while you feel it at the back.

Your psoas is a hip flexor, and it attaches to the front of the lumbar vertebrae. Its partner, the iliacus, attaches to the inside of the pelvis. When these hip flexors are tight, you'll often see an anterior pelvic tilt (the pelvis tips forward) and an exaggerated arch in the lower back.

One common explanation pictures the psoas pulling on your lumbar spine from the front, and the muscles at the back, including the [quadratus lumborum](/muscles/quadratus-lumborum), tightening to balance that pull: two sets of muscles holding a tug of war around your lower back. It's an easy picture to hold on to, but be aware that posture and pelvic tilt turn out to be weak predictors of back pain in research, so take it as one possible factor, not the answer. The [psoas guide](/muscles/psoas) and the article on [hip flexors and anterior pelvic tilt](/blog/hip-flexors-and-anterior-pelvic-tilt) go into more detail.

## What can be underneath a spasm

A spasm is a symptom, a reaction to something else. Alongside the triggers above, common underlying reasons include:

- **Muscle strain.** Muscle fibres that have been overloaded or overstretched.
- **Facet joint osteoarthritis.** Wear in the small joints at the back of the spine that link one vertebra to the next.
- **Spinal stenosis.** A narrowing of the spaces inside the spine.
- **A herniated disc.** The soft centre of a spinal disc pushing out through its tougher outer layer.
- **Core weakness.** When the muscles around your trunk aren't supporting the spine well, other muscles pick up the slack and get overworked.

I'm not listing these so you can diagnose yourself at the kitchen table. I'm listing them because they're the reason a proper assessment is worth having, especially if this keeps happening. Only someone who can examine you can tell which, if any, applies to you.

## Is it serious?

Usually, no. Most episodes of back spasm are mechanical, meaning they come from how the muscles, joints and other structures are moving and being loaded, rather than from something dangerous. They hurt, sometimes a lot, but they tend to settle.

That said, there are a few signs that change the picture.

### Red flags to take seriously

Two signs can mean a nerve is being squeezed, and they need urgent care the same day, not an appointment next week:

- changes in how your bladder or bowel works
- numbness or tingling in the groin or between the legs

Contact a physician promptly if back pain comes with any of these:

- pain that keeps you awake all night
- weight loss or gain you can't explain
- new or worsening weakness in a leg
- a fever, or feeling unwell, along with the back pain
- a history of cancer
- back pain that started after a significant fall or accident

These don't automatically mean something terrible is going on, but they're not things to sit at home and massage. Get them checked.

## What tends to help a spasm settle

Here's the honest answer: there isn't a magic switch. What usually helps a mechanical episode is a handful of boring, sensible things done consistently.

### Relative rest from the aggravating activity

Relative rest doesn't mean a week flat on the sofa. It means backing off whatever is clearly making it worse, whether that's heavy lifting, long sessions hunched over a laptop or your usual gym routine, while you let things calm down.

### Gentle activity

Keep moving in whatever way you can tolerate. Walking is the classic option, even if it's a slow shuffle round the block at first. Gentle movement tells your body that moving is safe, which is exactly the message a guarding muscle needs to hear.

### Physical therapy

A good physical therapist can work out what's going on, help the episode settle and give you exercises that suit your situation rather than a generic sheet. This is where you start moving from "getting through it" to "sorting it out".

### Go after the root cause

Because the spasm is a symptom, dealing with whatever set off the episode is what lets it settle for good. If it was a heavy lift, that means recovering from the strain and relearning how to lift. If it was years at a desk, that means changing how you sit and move during the day; see [desk posture and the QL](/blog/desk-posture-and-the-ql). If it's tight hip flexors, that's where the work needs to go.

### If it keeps coming back, get assessed

One spasm can be bad luck. Recurring back pain is a pattern, and patterns deserve an assessment by a back-pain professional and an active recovery plan. I ignored this advice for years, kept waiting for each episode to pass and then carried on exactly as before. It's a very efficient way of booking your next spasm.

## Where QL Claw fits

Once the worst has passed and you know what you're dealing with, working on tight muscles yourself can be a useful part of the routine. That's what I made QL Claw for.

It's a hand-held tool for deep massage of four muscles that often take part in these episodes: the [QL](/muscles/quadratus-lumborum), the [gluteus medius](/muscles/gluteus-medius), the [psoas](/muscles/psoas) and the [iliacus](/muscles/iliacus). It lets you reach the spots your hands can't and apply steady pressure there. It isn't a medical device and it's not a substitute for the assessment and plan above; it's a tool that sits alongside them. The front of the hip and the belly need light pressure and a few checks first: read [who shouldn't use it](/products/ql-claw#who-shouldnt-use-it) before you start.

If you'd like to try it, [QL Claw is here](/products/ql-claw), with a 60-day money-back guarantee and real people on support on weekdays if you have questions.
$qlc$),
  ('MuscleGuide', 'gluteus-medius', 'excerpt', false, 'c4a788b072f3b10c9928f36f9da6f6f0', NULL, $qlc$The glute med keeps your pelvis steady every time you take a step or lift something. Here's where to find it, how it feels when it's tight, and how to work on it.$qlc$),
  ('MuscleGuide', 'gluteus-medius', 'seoTitle', false, '399657aef9ba7380b6809bd973b6d3a8', NULL, $qlc$Gluteus medius guide, location and self-massage$qlc$),
  ('MuscleGuide', 'gluteus-medius', 'seoDescription', false, '917f9b7b1ec5af63b17fa2a87cff6bf5', NULL, $qlc$Where the gluteus medius sits, how a tight glute med feels after lifting or a back spasm, the safety checks, a step-by-step routine with QL Claw, and when to get help.$qlc$),
  ('MuscleGuide', 'gluteus-medius', 'bodyMarkdown', false, '9bd4b204de11603fe60c3fb39642f75a', NULL, $qlc$## Where it is

The gluteus medius sits in the upper, outer part of your buttock. Put your hands on your hips and feel for the bony rim of your pelvis; the glute med sits just below that rim, on the side and a little towards the back. It's partly covered by the bigger gluteus maximus behind it, which is one reason people often don't realise it's there.

Its main job is stabilising the pelvis. Every time you stand on one leg, take a step, climb a stair or shift your weight, the glute med works to stop your pelvis from dropping or swaying to one side. It's also very involved in lifting, because picking anything up means holding your pelvis steady under load.

That's why it so often gets caught up in lifting injuries. It was working hard at the moment things went wrong. And after a single-event back spasm, the glute med can lock up in its own right and join the rest of the muscles that are guarding. There's more on this in [lifting injuries and the gluteus medius](/blog/lifting-injuries-and-the-gluteus-medius).

## What it feels like when it's tight

People tend to describe a tight glute med in a few familiar ways:

- an ache in the upper, outer buttock, sometimes spreading towards the side of the hip
- soreness that seems to be "in the back" until you press into the side of your bum and find the real culprit
- discomfort lying on that side at night, which eases once you roll over or change position
- a tired, achy feeling after standing, walking a long way, or standing on one leg
- a tender, knotty spot just below the rim of the pelvis

That side-lying ache is worth telling apart from a different kind of night pain: back pain that doesn't ease whatever position you try and keeps you up through the night is one of the warning signs in the box below this guide, and it means a doctor, not a tool.

It's common for the glute med to be tight alongside the [QL](/muscles/quadratus-lumborum), particularly after a heavy lift. If your back has recently gone and bending still feels risky, it's worth checking both.

## Safety first

The glute med sits over the hip joint, so a few checks come before the steps.

Check with a doctor or physio before you use QL Claw on your buttock if you:

- are pregnant
- have had surgery, a fracture or an injury in this area recently
- have a hip replacement, whenever it was done: the glute med lies right over the joint, so ask your surgeon or physio first
- take blood thinners (anticoagulants) or bruise easily
- have osteoporosis
- have a hernia, an abdominal aortic aneurysm or another blood-vessel condition
- have a condition of the bowel, kidneys or pelvis

Never press over broken, bruised or infected skin, on the spine or the ribs, up under the lowest rib towards the kidneys, or into the crease of the groin.

On the glute med:

- **Blood thinners and osteoporosis count here too.** Firm pressure into a big muscle can bruise deeply if you take blood thinners, and can be too much for fragile bone if you have osteoporosis. Ask first.
- **Strong but comfortable pressure**, never so hard that you hold your breath.
- **Stop on sharp, burning or electric pain**, or if pain, numbness or tingling runs down your leg.

## How to work on it with QL Claw

The glute med is a thick, strong muscle, so it usually tolerates firmer pressure than the QL. Still, start gently.

1. **Get into position.** Lie on your side with the side you want to work on facing up, knees bent and a pillow under your head. You can also stand with your weight on the opposite leg, so the side you're working on can relax.
2. **Find the spot.** Find the bony rim at the top of your pelvis on the side. Move your fingers a few finger-widths below it and slightly towards the back. Press around until you find the tightest, most tender point. There's often more than one.
3. **Apply pressure gradually.** Place the tip of QL Claw on the spot, pointing straight into the muscle. Build the pressure up slowly to a strong but comfortable level, around 5 to 7 out of 10, never so hard that you hold your breath. It should feel like a satisfying ache, not something you need to grit your teeth through.
4. **Breathe into it.** Breathe slowly and let your hip and leg go heavy. As you breathe out, let the pressure sink in a little deeper if the muscle allows.
5. **Give it time.** Hold each spot for about 30 to 90 seconds, until it starts to ease. Then move along the muscle, working around the area just below the rim of the pelvis. Two to four minutes per side is a sensible session. Do both sides.
6. **Know what to avoid.** Keep off the bony rim itself and the bony point at the side of the hip lower down. Stop if you feel sharp, burning or electric pain, or pain, numbness or tingling running down your leg. Go easy in the first days after an injury, and don't work over broken, bruised or infected skin.

## When to see a professional

Please get professional advice if:

- the tightness followed a lifting injury that isn't clearly settling with relative rest, gentle activity and time
- bending still feels threatening weeks later; a physical therapist can help you rebuild confidence in it gradually
- you have pain, numbness, tingling or weakness spreading down a leg
- you get pain at the side of the hip that doesn't ease, or it keeps coming back
- your back pain recurs; that deserves an assessment by a back-pain professional and an active recovery plan

Some signs alongside back pain mean a doctor, not a tool, and two of them mean urgent care the same day. They're all in the box below this guide, and in [what sets off a lower-back spasm](/blog/what-sets-off-a-lower-back-spasm).

## Where QL Claw fits

The glute med needs more pressure than tired thumbs can deliver, and tennis-ball-against-the-wall routines tend to end with the ball rolling under the sofa. QL Claw is a hand-held tool built to give the glute med deep, steady pressure, at the angle you choose. It's not a medical device, just a practical tool for a busy muscle. [See QL Claw](/products/ql-claw).
$qlc$),
  ('MuscleGuide', 'iliacus', 'seoTitle', false, 'd0577763d5ada6a03fe448bb84c0c14f', NULL, $qlc$Iliacus guide, the hidden hip flexor and how to work on it$qlc$),
  ('MuscleGuide', 'iliacus', 'seoDescription', false, 'd64321b7b240891380a9eb5e73a5208b', NULL, $qlc$Where the iliacus sits inside the pelvis, how it teams up with the psoas, what a tight iliacus feels like, the safety checks that come first, and how to work on it gently with QL Claw.$qlc$),
  ('MuscleGuide', 'iliacus', 'bodyMarkdown', false, '1d475a01924e2946768814baf646a32f', NULL, $qlc$## Where it is

The iliacus is a hip flexor that attaches to the inside of your pelvis. Picture the big, curved wing of your hip bone: the iliacus lines the inner surface of that wing, like a lining in a bowl. From there it runs down across the front of the hip and joins the psoas on the way to the top of the thigh bone.

The two muscles work so closely together that they're often counted as one, the iliopsoas. They share a lot of the same work, lifting your thigh and helping to control the position of your pelvis, and when one is tight the other is often tight too. If you haven't read it yet, the [psoas guide](/muscles/psoas) is a good companion to this one.

Because it's tucked inside the rim of the pelvis, the iliacus is almost impossible to reach well without a bit of technique. It doesn't help that most of us have never heard of it.

## What it feels like when it's tight

A tight iliacus feels almost the same as a tight psoas, which makes them hard to tell apart. You might notice:

- a deep ache at the front of the hip, just inside the bony point at the front of the pelvis
- an ache in the groin area or lower belly that's hard to locate
- a low back that aches or feels jammed, especially after sitting or standing for a long time
- difficulty straightening up fully after sitting
- tenderness when you press just inside the front rim of the pelvis

The main practical difference is where you find the tender spot. Psoas tightness is found through the belly, closer to your belly button. Iliacus tightness is found tucked just inside the front rim of the pelvis, further out to the side.

Tight hip flexors are often seen with an anterior pelvic tilt and an exaggerated arch in the lower back, and one common explanation says they leave the back muscles tightening to balance the pull. Research rates posture as a weak predictor of back pain, so take that as a possibility rather than a rule. There's more on that in [hip flexors and anterior pelvic tilt](/blog/hip-flexors-and-anterior-pelvic-tilt).

## Safety first

The iliacus sits at the front of the hip, near the large blood vessels and nerves that run down into the leg, so read this before the steps.

Check with a doctor or physio before you use QL Claw at the front of your hip if you:

- are pregnant
- have had surgery, a fracture or an injury in this area recently
- have a hip replacement, whenever it was done: even one fitted years ago means asking your surgeon or physio first
- take blood thinners (anticoagulants) or bruise easily
- have osteoporosis
- have a hernia, an abdominal aortic aneurysm or another blood-vessel condition
- have a condition of the bowel, kidneys or pelvis

Never press over broken, bruised or infected skin, on the spine or the ribs, up under the lowest rib towards the kidneys, or into the crease of the groin.

At the front of the hip:

- **Light pressure only, never your body weight.** Press with your hands and let the tip settle; don't lean into it.
- **If you feel a pulse under the tip, move away.** Stay above the crease of the groin, where the big vessels run.
- **Mind the outer-thigh nerve.** A nerve that serves the skin of the outer thigh passes just inside the bony point at the front of the pelvis. If the outer thigh goes numb, tingles or burns, stop and move the tip away.
- **Stop if your leg or thigh goes numb, tingles or burns**, or on any sharp pain.

## How to work on it with QL Claw

Like the psoas, the iliacus is worked from the front, so go slowly and lightly.

1. **Get into position.** Lie on your back on a firm surface with your knees bent and feet flat, so your belly and hips can relax. A pillow under your head helps.
2. **Find the spot.** Find the bony point at the front of your pelvis, the one that sticks out at the front of each hip. Slide your fingertips just inside it, towards your belly button, then curl them down and outwards so they hook over the rim and into the bowl of the pelvis. That soft tissue lining the inside of the bone is the iliacus. Feel for the most tender area.
3. **Apply pressure gradually.** Place the tip of QL Claw where your fingers were and hook it gently over the rim, pressing down and out towards the inside of the bone. Keep the pressure light, about 3 out of 10 to begin with and never your body weight. It can feel surprisingly intense, so don't rush it.
4. **Breathe into it.** Breathe slowly into your belly and let your hip relax. As you breathe out, let the tool settle a little deeper if the tissue allows.
5. **Give it time.** Hold for about 30 to 60 seconds, ease off, then move slightly along the inside of the rim and repeat. One to three minutes per side is enough to start with.
6. **Know what to avoid.** Stay above the crease of the groin, where important blood vessels and nerves run. If you feel a pulse, move away. Stop if you feel sharp pain, or if your leg or thigh goes numb, tingles or burns. The checks in [safety first](#safety-first) apply every time.

## When to see a professional

Please see a professional if:

- you have pain in the groin or front of the hip that doesn't settle, or you're not sure what's causing it
- working on the front of your hips makes things worse
- you have pain, numbness, tingling or weakness spreading into a leg
- your back pain keeps coming back; recurring pain deserves an assessment by a back-pain professional and an active recovery plan
- you'd like a proper check of your pelvic position and a plan that includes strengthening as well as massage

Some signs alongside back pain mean a doctor, not a tool, and two of them mean urgent care the same day. They're all in the box below this guide, and in [what sets off a lower-back spasm](/blog/what-sets-off-a-lower-back-spasm).

## Where QL Claw fits

The iliacus hides inside the rim of your pelvis, which makes it one of the hardest muscles to reach with your own hands. QL Claw is a hand-held tool that lets you work in just over the rim and give it light, steady pressure, alongside the psoas and the QL. It's not a medical device; it's the tool I wished I'd had for this exact spot. [Take a look at QL Claw](/products/ql-claw).
$qlc$),
  ('MuscleGuide', 'psoas', 'excerpt', false, '36809e2f0a9c4fd3741adf88d28061d5', NULL, $qlc$The psoas is a hip flexor that hangs onto the front of your lumbar spine, and it often comes up when people talk about back pain. Where it is, the cautions that come first, and how to work on it gently.$qlc$),
  ('MuscleGuide', 'psoas', 'seoTitle', false, '05b1b8c96e22bc651e38543bd9db6693', NULL, $qlc$Psoas guide, the hip flexor attached to your lower spine$qlc$),
  ('MuscleGuide', 'psoas', 'seoDescription', false, '88207532077be77332ca7d000c5accde', NULL, $qlc$Where the psoas is, why it so often comes with low back pain, what a tight psoas feels like, the safety checks, how to work on it gently with QL Claw, and when to get help.$qlc$),
  ('MuscleGuide', 'psoas', 'bodyMarkdown', false, 'a4500fb4a4dace278160a4bd7dd773fe', NULL, $qlc$## Where it is

The psoas is a hip flexor, one of the muscles that lift your thigh towards your body. What makes it special is where it starts. It attaches to the front of your lumbar vertebrae, runs down through the pelvis and across the front of the hip, and attaches near the top of the thigh bone.

So although we call it a hip muscle, it has a direct grip on your lower back. It lies deep, behind the contents of your belly, which is why most people never feel it directly.

Of the four muscles we focus on, the psoas is the one people most often mention alongside back pain. When it's under stress, it can restrict how freely your lower back moves. One common explanation goes further: a tight psoas pulls on the lumbar spine from the front, the muscles at the back, such as the [QL](/muscles/quadratus-lumborum), tighten to balance that pull, and you end up with a tug of war around your spine. It's a useful picture, and it matched my experience, but research hasn't shown it to be how back pain works for most people, so take it as one possible piece of the puzzle. This is often seen with an anterior pelvic tilt and an exaggerated arch in the low back, which I've covered in [hip flexors and anterior pelvic tilt](/blog/hip-flexors-and-anterior-pelvic-tilt).

It works hand in hand with the [iliacus](/muscles/iliacus). Together they're often called the iliopsoas.

## What it feels like when it's tight

A tight psoas is sneaky, because you usually feel it somewhere else. Common descriptions include:

- a deep ache in the lower back, often on both sides, that's hard to pin down
- difficulty standing up straight after sitting for a while, as if you're stuck slightly bent
- a deep ache at the front of the hip or in the groin area
- a lower back that feels jammed or tired after standing
- a deeper-than-usual arch in the lower back

Long hours of sitting keep the psoas in a shortened position, so desk workers are prime candidates. See [desk posture and the QL](/blog/desk-posture-and-the-ql) for some practical habits.

## Safety first

The psoas lies deep behind your belly, close to the aorta and other large blood vessels, so working on it needs more care than any muscle at the back. Read this before the steps.

Check with a doctor or physio before you use QL Claw on your belly if you:

- are pregnant
- have had surgery, a fracture or an injury in this area recently
- have a hip replacement
- take blood thinners (anticoagulants) or bruise easily
- have osteoporosis
- have a hernia, an abdominal aortic aneurysm or another blood-vessel condition
- have a condition of the bowel, kidneys or pelvis

Never press over broken, bruised or infected skin, on the spine or the ribs, up under the lowest rib towards the kidneys, or into the crease of the groin.

On the psoas itself:

- **Light pressure only, never your body weight.** Let the tip sink in with your hands; don't lean or lie on the tool.
- **If you feel a pulse under the tip, move away.** A beat under the tool means a blood vessel, not a muscle. Shift a little further out and start again gently.
- **Blood thinners matter here.** If you take an anticoagulant, even light pressure deep in the belly can bruise inside where you can't see it, so ask your doctor first.
- **Belly conditions come first.** If you have, or might have, a condition of the bowel, the kidneys or the pelvis, or any belly pain you can't explain, get that looked at instead.
- **Stop if your leg or thigh goes numb, tingles or burns**, or if you feel sharp pain or nausea.

## How to work on it with QL Claw

The psoas is reached from the front, through the belly, so this needs a slower, lighter approach than the muscles at the back. Take your time.

1. **Get into position.** Lie on your back on a firm surface, knees bent and feet flat, so your belly is relaxed. Work on an empty-ish stomach; an hour or two after a meal is ideal.
2. **Find the spot.** Start at your belly button. Move about three finger-widths out to one side, then a little down towards the hip. Sink in slowly with your fingertips, angling slightly towards your spine. To check you're on the psoas, gently lift that foot an inch off the floor: you should feel the muscle firm up under your fingers. Then relax the leg again.
3. **Apply light pressure.** Place the tip of QL Claw where your fingers were and let it sink in slowly, angled down and slightly towards your spine, pressing with your hands only, never your body weight. Keep it light: around 3 out of 10 at first, and no more than 5 out of 10 later on.
4. **Breathe into it.** Breathe slowly into your belly. On each out-breath, let the tool sink a little deeper as the tissue softens. Never force your way in.
5. **Give it time.** Hold for about 30 to 60 seconds, then ease off slowly. Move a little up or down the muscle and repeat. One to three minutes per side is plenty to start with.
6. **Know what to avoid.** If you feel a pulse under the tool, move away from it. Don't press into the crease of the groin. Stop if you feel sharp pain or nausea, or if your leg or thigh goes numb, tingles or burns. The checks in [safety first](#safety-first) apply every time.

## When to see a professional

See a professional if:

- your back pain keeps coming back; recurring pain deserves an assessment by a back-pain professional and an active recovery plan
- you suspect your hip flexors and pelvic position are part of the problem and want a proper assessment and plan
- you have pain in the groin or front of the hip that doesn't settle
- working on the front of your hips makes things worse, or you're not sure you're in the right place
- you have pain, numbness, tingling or weakness spreading into a leg

Some signs alongside back pain mean a doctor, not a tool, and two of them mean urgent care the same day. They're all in the box below this guide, and in [what sets off a lower-back spasm](/blog/what-sets-off-a-lower-back-spasm).

## Where QL Claw fits

The psoas is easy to ignore, mostly because it's so hard to reach. Fingers tire long before they get anywhere useful. QL Claw is a hand-held tool that lets you give the psoas slow, light, controlled pressure from the front, while you work on the back muscles too. It's not a medical device, and whether it helps your back is something only you can find out. [See QL Claw](/products/ql-claw).
$qlc$),
  ('MuscleGuide', 'quadratus-lumborum', 'seoTitle', false, '0415b88ff840efbff841eb5e608ba7b0', NULL, $qlc$Quadratus lumborum (QL) guide, location and self-massage$qlc$),
  ('MuscleGuide', 'quadratus-lumborum', 'seoDescription', false, '5871a7fd3fb598468a4fbb674aa9f8da', NULL, $qlc$Where the quadratus lumborum sits, what a tight QL feels like, the safety checks, a step-by-step way to work on it with QL Claw, and when to see a professional.$qlc$),
  ('MuscleGuide', 'quadratus-lumborum', 'bodyMarkdown', false, '9115c6eea7d073e23bea9a27e382adf6', NULL, $qlc$## Where it is

The quadratus lumborum, or QL, sits deep in your lower back. You have two of them, one on either side of the lumbar spine. Each one fills the gap between your lowest rib and the top of your pelvis, and connects to the lumbar vertebrae along the way.

It's deep, tucked in underneath the long muscles that run up either side of your spine. That's a big part of why it's so hard to reach on your own.

The QL is one of the key muscles for keeping your spine stable. It helps hold the lower back steady when you stand, walk, carry things or lean to one side. It's also one of the first muscles to lock up when your body thinks the spine's integrity is under threat. When that happens, it clamps down and holds everything stiff, which is why it so often sits at the heart of a low back spasm. I've written more about that protective reflex in [lower back muscle spasms and the muscles behind them](/blog/lower-back-muscle-spasms).

## What it feels like when it's tight

Everyone describes it a bit differently, but these are the things people, me included, most often notice:

- a deep, nagging ache on one side of the lower back, just above the hip bone
- stiffness that's worst first thing in the morning or after sitting for a while
- discomfort when rolling over in bed, or standing up from a chair
- a feeling that one side of your back is "stuck" or shorter than the other
- a tender, ropey spot when you press into the side of your waist between the ribs and the pelvis

A tight QL often builds up quietly over time, through years of desk work, repetitive lifting or manual work, and then flares up with a small movement. If that sounds familiar, read [desk posture and the QL](/blog/desk-posture-and-the-ql) and [the last straw spasm](/blog/the-last-straw-spasm).

There's also one common explanation that casts a tight QL as the back half of a tug of war: tight hip flexors pull on the lumbar spine from the front, and the back muscles tighten to balance them. The research doesn't settle it, but if it rings true for you, the [psoas](/muscles/psoas) and [iliacus](/muscles/iliacus) guides are worth a look; they're worked more lightly, so read their [safety first](/muscles/psoas#safety-first) section before you start.

## Safety first

The kidneys lie just in front of the QL, tucked up under the lowest ribs, so a few checks come before the steps.

Check with a doctor or physio before you use QL Claw on your lower back if you:

- are pregnant
- have had surgery, a fracture or an injury in this area recently
- have a hip replacement
- take blood thinners (anticoagulants) or bruise easily
- have osteoporosis
- have a hernia, an abdominal aortic aneurysm or another blood-vessel condition
- have a condition of the bowel, kidneys or pelvis

Never press over broken, bruised or infected skin, on the spine or the ribs, up under the lowest rib towards the kidneys, or into the crease of the groin.

On the QL:

- **Strong but comfortable pressure**, never so hard that you hold your breath.
- **Stay out from the spine and below the rib.** Work in the soft gap a hand's width out from the middle of your back; never press on the bones of the spine or push up under the lowest rib, towards the kidney.
- **Know when it isn't the muscle.** Pain on one side between the ribs and the pelvis that comes with a fever, pain when you pass urine or blood in your urine may be the kidney, not the QL. Don't massage it: see a doctor.
- **Stop on sharp, burning or electric pain**, or if numbness or tingling appears.

## How to work on it with QL Claw

Take it slowly the first few times. You're looking for a strong, "good hurt" pressure, not a fight.

1. **Get into position.** Start lying on your side with the side you want to work on facing up, knees slightly bent and a pillow under your head. Once you know the spot, you can also work sitting upright or standing. Pick whatever lets your back muscles relax.
2. **Find the spot.** Put your hand on your waist and find the top of your pelvis and your lowest rib. The QL sits in the soft gap between them, roughly a hand's width out from the middle of your spine. Feel around for the tightest, most tender point. It often feels like a firm band or a knot.
3. **Apply pressure gradually.** Place the tip of QL Claw on that spot and angle it slightly inwards, towards your spine. Start light and build up slowly. Aim for a strong but comfortable pressure, about 5 to 7 out of 10 on your personal discomfort scale, never more. If you find yourself clenching or holding your breath, back off.
4. **Breathe into it.** Take slow, relaxed breaths into your belly. On each out-breath, let the tool sink a little deeper as the muscle allows. Holding your breath tells your body to brace, which is the opposite of what you want.
5. **Give it time.** Stay on one spot for roughly 30 to 90 seconds, until you feel it start to soften. Then move a little up or down the muscle and repeat. A few minutes per side is plenty. Work both sides, even if only one is complaining.
6. **Know what to avoid.** Don't press on the bony bumps of the spine, on the ribs, or up underneath the lowest rib towards the kidney. Stop straight away if you feel sharp, burning or electric pain, or any numbness or tingling. Don't use heavy pressure on a muscle in the first, acute days of a spasm, and don't work over broken or bruised skin.

## When to see a professional

Self-massage is a good tool, but it isn't a diagnosis. Please see a professional if:

- your back pain keeps coming back; recurring pain deserves an assessment by a back-pain professional and an active recovery plan
- the pain isn't settling with relative rest, gentle activity and time
- the spasm followed a car crash, a fall or another big event, in which case get checked before working on it yourself
- you have pain, numbness, tingling or weakness spreading into a leg
- massage consistently makes things worse rather than better

Some signs alongside back pain mean a doctor, not a tool, and two of them mean urgent care the same day. They're all in the box below this guide, and in [what sets off a lower-back spasm](/blog/what-sets-off-a-lower-back-spasm).

## Where QL Claw fits

This is the muscle that started it all for me. Years of a tight QL, and nothing I could find got deep enough into it. So I made QL Claw, a hand-held tool designed to give the QL deep, steady pressure, without needing someone else's thumbs. It's not a medical device, just a very good way to reach a very awkward muscle. [Have a look at QL Claw](/products/ql-claw).
$qlc$),
  ('Product', 'ql-claw', 'tagline', false, 'a354e4c1edddfd85e2b3149faaff6075', NULL, $qlc$A hand-held tool for deep, steady pressure on hard-to-reach back and hip muscles$qlc$),
  ('Product', 'ql-claw', 'description', false, 'd4fd369ee19d0e5c3cad82ecbfbb4e3f', NULL, $qlc$I made QL Claw after years of a locked-up lower back and a drawer full of massage gadgets that could not reach the right spot. Its hooked tip and long handle let you give firm, steady pressure to the quadratus lumborum and gluteus medius, and light, careful pressure to the psoas and iliacus at the front of the hip, where a ball or a foam roller slides off. It is a massage tool, not a medical device: read "Who shouldn't use it?" below before you buy.$qlc$),
  ('Product', 'ql-claw', 'faq', true, NULL, $qlc$[{"question":"Is QL Claw a medical device?","answer":"No. It is a massage tool for releasing tight muscles. If your back pain comes with numbness, bladder or bowel changes, or pain that keeps you up at night, see a doctor first."},{"question":"How hard should I press?","answer":"Firm enough to feel the muscle let go, never so hard that you hold your breath. Start gently, breathe out slowly and let the tool sink in over 30 to 90 seconds."},{"question":"Can I use it during a spasm?","answer":"Go easy in the first days: light pressure around the sore area, not into it. Once the worst has passed, slower and deeper work usually feels best."},{"question":"What if it is not for me?","answer":"Send it back within 60 days of delivery for a full refund. The guarantee covers \"it did not help\" too."}]$qlc$, $qlc$[{"question":"Is QL Claw a medical device?","answer":"No. It is a massage tool that lets you give muscles deep, steady pressure, and nothing we write is medical advice. Some signs mean a doctor, not a tool. Get urgent care the same day for changes in how your bladder or bowel works, or numbness or tingling in the groin or between the legs. Contact a doctor promptly if back pain keeps you awake all night, or comes with weight loss or gain you cannot explain, new or worsening weakness in a leg, a fever or feeling unwell, a history of cancer, or if it started after a significant fall or accident."},{"question":"How hard should I press?","answer":"On the QL and the glute med: strong but comfortable, never so hard that you hold your breath, and stop on sharp, burning or electric pain. On the psoas and iliacus: light pressure only, never your body weight. Start gently, breathe out slowly and hold each spot for 30 to 60 seconds at the front of the hip, and up to 90 seconds at the back."},{"question":"Can I use it during a spasm?","answer":"Go easy in the first days: light pressure around the sore area, not into it. Once the worst has passed, slower and deeper work on the back muscles usually feels better."},{"question":"What if it is not for me?","answer":"Send it back within 60 days of delivery, for any reason, and get back what you paid for it. If it arrived damaged or we sent the wrong item, we also refund the original shipping and pay the return postage; otherwise the return postage is yours and the original shipping is not refunded. The guarantee covers \"it did not help\" too."}]$qlc$),
  ('Product', 'ql-claw', 'usage', true, NULL, $qlc$[{"muscle":"quadratus-lumborum","title":"Quadratus lumborum","steps":"Stand or sit tall, hook the tip into the soft gap between your lowest rib and the top of your hip, just beside the spine, and lean gently into it."},{"muscle":"gluteus-medius","title":"Gluteus medius","steps":"Lie on your side or stand against a wall, place the tip just below the bony rim of your pelvis at the side, and roll it slowly forward and back."},{"muscle":"psoas","title":"Psoas","steps":"Lie on your back with knees bent, place the tip a hand-width beside your belly button and let it sink in slowly as you breathe out."},{"muscle":"iliacus","title":"Iliacus","steps":"Lying on your back, place the tip just inside the front of your hip bone and angle it gently towards the inside of the pelvis."}]$qlc$, $qlc$[{"muscle":"quadratus-lumborum","title":"Quadratus lumborum","steps":"Lie on your side (or, once you know the spot, sit or stand tall). Find the soft gap between your lowest rib and the top of your pelvis, about a hand's width out from the middle of your spine, angle the tip slightly inwards and build up to a strong but comfortable pressure. Never press on the spine or up under the rib."},{"muscle":"gluteus-medius","title":"Gluteus medius","steps":"Lie on your side with that side up, or stand with your weight on the other leg. Place the tip a few finger-widths below the bony rim of your pelvis at the side, slightly towards the back, and build up to a strong but comfortable pressure, holding each spot for 30 to 90 seconds."},{"muscle":"psoas","title":"Psoas","steps":"Lie on your back with knees bent. Place the tip about three finger-widths out from your belly button and a little down towards the hip, and let it sink in slowly with light pressure as you breathe out, never your body weight. If you feel a pulse, move away; stop if your leg goes numb, tingles or burns."},{"muscle":"iliacus","title":"Iliacus","steps":"Lying on your back with knees bent, find the bony point at the front of your hip, slide just inside it and hook the tip gently over the rim into the bowl of the pelvis. Use light pressure only, never your body weight; stay above the crease of the groin and move away if you feel a pulse."}]$qlc$);

DO $content$
DECLARE
  c record;
  changed int;
  article text;
  left_alone int := 0;
BEGIN
  FOR c IN SELECT * FROM "_content_change" ORDER BY seq LOOP
    IF c.is_json THEN
      EXECUTE format('UPDATE %I SET %I = $1::jsonb, "updatedAt" = now() WHERE slug = $2 AND %I = $3::jsonb', c.tbl, c.col, c.col)
        USING c.new_value, c.slug, c.old_json;
    ELSE
      EXECUTE format('UPDATE %I SET %I = $1, "updatedAt" = now() WHERE slug = $2 AND md5(%I) IS NOT DISTINCT FROM $3', c.tbl, c.col, c.col)
        USING c.new_value, c.slug, c.old_md5;
    END IF;
    GET DIAGNOSTICS changed = ROW_COUNT;

    IF c.col = 'slug' THEN
      -- A retitled article keeps answering at its old address, as a staff rename would.
      IF changed = 1 THEN
        SELECT id INTO article FROM "Article" WHERE slug = c.new_value;
        INSERT INTO "ArticleRedirect" ("fromSlug", "articleId") VALUES (c.slug, article) ON CONFLICT ("fromSlug") DO NOTHING;
      ELSIF NOT EXISTS (SELECT 1 FROM "Article" WHERE slug = c.new_value)
        AND EXISTS (SELECT 1 FROM "ArticleRedirect" WHERE "fromSlug" = c.slug) THEN
        left_alone := left_alone + 1;
        RAISE NOTICE 'left alone: % "%" was renamed by staff, so it keeps their slug (its copy below is matched on the new slug only)', c.tbl, c.slug;
      END IF;
      CONTINUE;
    END IF;

    IF changed = 0 THEN
      -- No row (never seeded, or deleted) is nothing to report; a row whose field differs from both versions is a staff edit.
      IF c.is_json THEN
        EXECUTE format('SELECT count(*) FROM %I WHERE slug = $1 AND %I IS DISTINCT FROM $2::jsonb', c.tbl, c.col) INTO changed USING c.slug, c.new_value;
      ELSE
        EXECUTE format('SELECT count(*) FROM %I WHERE slug = $1 AND %I IS DISTINCT FROM $2', c.tbl, c.col) INTO changed USING c.slug, c.new_value;
      END IF;
      IF changed > 0 THEN
        left_alone := left_alone + 1;
        RAISE NOTICE 'left alone: % "%" field % was edited by staff since it was seeded; compare it with prisma/content by hand', c.tbl, c.slug, c.col;
      END IF;
    END IF;
  END LOOP;
  RAISE NOTICE 'content migration done: % field(s) left alone because staff had edited them', left_alone;
END
$content$;
