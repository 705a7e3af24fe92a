// Articles none of the seeds is, for the ingest tests: the rules must hold on wording they were
// not made from. Made up for the tests; not part of the store.

export const UNSEEN = `Cookie settings: this site uses cookies to improve your experience. Accept all

World | Europe

Alliance to train Libyan coast guard, officials say

Share on Facebook | Share on Twitter

BRUSSELS, Feb. 1 (Reuters) - NATO defence ministers agreed on Wednesday to send trainers to Tripoli, according to NATO Secretary General Jens Stoltenberg.

"We will start in the coming weeks," Stoltenberg told a news conference. "The first team is ready."

Ministers will meet again next week in Naples to decide on funding, one senior diplomat said.

The alliance ended its air campaign over Libya in October 2011, months after the uprising against Gaddafi began.

Photo: AFP / John Doe

Sign up for our daily newsletter
`;

/** A saved page: navigation, a cookie banner and a footer around the article. */
export const PAGE = `<!doctype html><html><head><title>Alliance to train Libyan coast guard | Example News</title>
<script>window.tracking = 1;</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="cookie">We use cookies. <button>Accept</button></div>
<main><article><h1>Alliance to train Libyan coast guard</h1>
<p>NATO defence ministers agreed on Wednesday to send trainers to Tripoli, according to NATO Secretary General Jens Stoltenberg, who spoke after the meeting.</p>
<p>"We will start in the coming weeks, and we will stay as long as the government of Libya wants us there," Stoltenberg told a news conference in Brussels.</p>
<p>The alliance ended its air campaign over Libya in October 2011, months after the uprising against Gaddafi began, and has since offered advice on defence reform.</p>
</article></main><footer><p>© Example News 2017. All rights reserved.</p></footer></body></html>`;

/** A wire story as a news site prints it: byline, time stamp, dateline, and links after it. */
export const WIRE_STORY = `Skip to main content
Menu
World News
Libya's rival governments agree to hold talks
By JOHN DOE Associated Press
January 6, 2017 at 2:15 p.m. EST
TRIPOLI, Libya (AP) — Libya's rival governments agreed on Thursday to hold talks in Tunis later this month, officials said.
Advertisement
The talks, brokered by the United Nations, are expected to begin on Jan. 20 and last three days.
Mr. Sarraj met EU envoys in Brussels last week, his office said.
Read more: Libya's oil output rises to highest since 2013
Follow us on Twitter
Copyright 2017 The Associated Press. All rights reserved.
`;
